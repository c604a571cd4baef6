// The console: renders the simulator's state pushed as server-sent events and sends the controls to its API.
"use strict";

const $ = id => document.getElementById(id);
let knobs = [];
let tickersFilled = false;

function money(value) {
  return Number(value).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function fixed(value, digits) {
  return Number(value).toFixed(digits);
}

function signed(value) {
  const cell = document.createElement("td");
  cell.className = "num " + (value > 0 ? "up" : value < 0 ? "down" : "");
  cell.textContent = money(value);
  return cell;
}

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function button(label, action, data, className) {
  const td = document.createElement("td");
  const b = document.createElement("button");
  b.textContent = label;
  b.dataset.action = action;
  Object.assign(b.dataset, data);
  if (className) b.className = className;
  td.appendChild(b);
  return td;
}

function row(cells, data) {
  const tr = document.createElement("tr");
  Object.assign(tr.dataset, data || {});
  cells.forEach(c => tr.appendChild(typeof c === "string" ? cell(c) : c));
  return tr;
}

function fill(tableId, rows, emptyId) {
  $(tableId).tBodies[0].replaceChildren(...rows);
  if (emptyId) $(emptyId).hidden = rows.length > 0;
}

function time(ms) {
  return new Date(ms).toLocaleTimeString("en-GB", { hour12: false });
}

function say(text, isError) {
  const message = $("message");
  message.textContent = text;
  message.className = isError ? "error" : "";
}

async function api(path, body) {
  const reply = await fetch("/console/api/" + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body || {})
  });
  const json = await reply.json();
  if (!reply.ok) {
    say(path + ": " + json.error, true);
    throw new Error(json.error);
  }
  say(path + ": done");
  return json;
}

function renderAccount(state) {
  const a = state.account;
  $("balance").textContent = money(a.balance);
  $("equity").textContent = money(a.equity);
  $("margin").textContent = money(a.margin);
  $("free-margin").textContent = money(a.freeMargin);
  $("margin-level").textContent = a.margin > 0 ? money(a.marginLevel) + " %" : "–";
  $("deals-today").textContent = state.dealsToday;
  $("rest-url").textContent = state.rest;
  $("ws-url").textContent = state.websocket;
  $("dialect").textContent = state.dialect;
  $("quote-sockets").textContent = state.quoteSockets;
}

function renderTrading(state) {
  const digits = Object.fromEntries(state.prices.map(p => [p.ticker, p.digits]));
  fill("positions", state.positions.map(p => row([
    String(p.id), p.ticker, cell(p.side, p.side === "long" ? "up" : "down"), cell(String(p.volume), "num"),
    cell(fixed(p.openPrice, digits[p.ticker] ?? 2), "num"), cell(p.leverage + "×", "num"), cell(money(p.margin), "num"),
    signed(p.profit), signed(p.swap),
    (() => {
      const td = button("close", "close-position", { positionId: p.id });
      const liquidate = button("liquidate", "liquidate", { positionId: p.id }, "danger").firstChild;
      td.appendChild(document.createTextNode(" "));
      td.appendChild(liquidate);
      return td;
    })()
  ], { positionId: p.id })), "positions-empty");
  $("positions-count").textContent = state.positions.length || "";

  const statuses = { 1: "placed", 2: "triggered", 4: "partially triggered", 5: "cancelled", 6: "declined" };
  fill("orders", state.pendingOrders.map(o => row([
    String(o.id), o.ticker, cell(o.side, o.side === "buy" ? "up" : "down"), o.typeName, cell(String(o.volume), "num"),
    cell(String(o.filled), "num"), cell(fixed(o.price, digits[o.ticker] ?? 2), "num"), statuses[o.status] || String(o.status),
    button("cancel", "cancel-order", { orderId: o.id })
  ], { orderId: o.id })), "orders-empty");
  $("orders-count").textContent = state.pendingOrders.length || "";

  fill("deals", state.deals.map(d => row([
    time(d.time), String(d.id), String(d.positionId), d.ticker, cell(d.side, d.side === "buy" ? "up" : "down"),
    cell(d.orderTypeName, d.orderType === 7 ? "alert" : ""), cell(String(d.volume), "num"),
    cell(fixed(d.price, digits[d.ticker] ?? 2), "num"), signed(d.profit)
  ], { dealId: d.id })), "deals-empty");
  $("deals-count").textContent = state.dealsToday > state.deals.length ? `(latest ${state.deals.length} of ${state.dealsToday})` : "";
}

function renderPrices(state) {
  fill("prices", state.prices.map(p => row([
    p.tradable === 0 ? cell(p.ticker + " (suspended)", "muted") : p.ticker,
    cell(fixed(p.bid, p.digits), "num"), cell(fixed(p.ask, p.digits), "num"),
    (() => {
      const td = button("−", "jump-price", { ticker: p.ticker, direction: "-1" });
      td.appendChild(document.createTextNode(" "));
      td.appendChild(button("+", "jump-price", { ticker: p.ticker, direction: "1" }).firstChild);
      return td;
    })()
  ], { ticker: p.ticker })));
  if (!tickersFilled) {
    $("order-ticker").replaceChildren(...state.prices.filter(p => p.tradable !== 0).map(p => new Option(p.ticker)));
    tickersFilled = true;
  }
}

function renderRequests(state) {
  const r = state.requests;
  const sum = field => r.endpoints.reduce((total, e) => total + e[field], 0);
  fill("requests", r.endpoints.map(e => row([
    cell(e.path, "path"), cell(String(e.requests), "num requests"), cell(e.perSecond.toFixed(1), "num rate"),
    cell(String(e.ok), "num ok"), cell(String(e.throttled), "num throttled" + (e.throttled ? " warn" : "")),
    cell(String(e.serverErrors), "num server-errors" + (e.serverErrors ? " alert" : "")),
    cell(String(e.noReply), "num no-reply" + (e.noReply ? " alert" : "")), cell(String(e.other), "num other")
  ], { path: e.path })));
  $("total-requests").textContent = sum("requests");
  $("total-rate").textContent = sum("perSecond").toFixed(1);
  $("total-ok").textContent = sum("ok");
  $("total-429").textContent = sum("throttled");
  $("total-5xx").textContent = sum("serverErrors");
  $("total-no-reply").textContent = sum("noReply");
  $("total-other").textContent = sum("other");
  $("requests-summary").textContent =
    `since start: ${r.total} requests, at most ${r.maxPerSecond} in one second; per s over the last ${r.rateWindowSeconds} s`;
}

function knobText(knob, value) {
  switch (knob.kind) {
    case "flag": return value ? "on" : "off";
    case "milliseconds": return value + " ms";
    case "tickers": return value.length ? value.join(", ") : "none";
    default: return String(value);
  }
}

function isActive(knob, value) {
  return knob.kind === "tickers" ? value.length > 0 : Boolean(value);
}

function renderFaults(state) {
  const values = state.faults.knobs;
  for (const knob of knobs) {
    const value = values[knob.name];
    const tr = document.querySelector(`#knobs tr[data-knob="${knob.name}"]`);
    tr.classList.toggle("active", isActive(knob, value));
    tr.querySelector("td.value").textContent = knobText(knob, value);
    const input = $("knob-" + knob.name);
    if (document.activeElement !== input && !input.dataset.dirty) {
      if (knob.kind === "flag") input.checked = value;
      else input.value = knob.kind === "tickers" ? value.join(",") : value;
    }
  }
  fill("list-lags", Object.entries(state.faults.listLagsMs).filter(([, ms]) => ms > 0)
    .map(([path, ms]) => row([cell(path), cell(ms + " ms", "num")])));
  const fired = Object.entries(state.faults.injected);
  $("injected").textContent = fired.length ? fired.map(([name, n]) => `${name}: ${n}`).join(" · ") : "none";
}

function knobRow(knob) {
  const tr = document.createElement("tr");
  tr.dataset.knob = knob.name;
  tr.appendChild(cell(knob.label));
  const td = document.createElement("td");
  const input = document.createElement("input");
  input.id = "knob-" + knob.name;
  if (knob.kind === "flag") {
    input.type = "checkbox";
    input.addEventListener("change", () => setKnob(knob, input.checked));
  } else {
    input.type = knob.kind === "tickers" ? "text" : "number";
    if (knob.kind === "rate") Object.assign(input, { min: 0, max: 1, step: 0.05 });
    else if (knob.kind !== "tickers") Object.assign(input, { min: 0, step: knob.kind === "milliseconds" ? 100 : 1 });
    input.addEventListener("input", () => input.dataset.dirty = "1");
    input.addEventListener("keydown", e => { if (e.key === "Enter") setKnob(knob, input.value); });
  }
  td.appendChild(input);
  if (knob.kind !== "flag") {
    const set = document.createElement("button");
    set.id = "set-" + knob.name;
    set.textContent = "set";
    set.addEventListener("click", () => setKnob(knob, input.value));
    td.appendChild(document.createTextNode(" "));
    td.appendChild(set);
  }
  tr.appendChild(td);
  tr.appendChild(cell("", "value"));
  return tr;
}

async function setKnob(knob, raw) {
  const value = knob.kind === "flag" ? raw : knob.kind === "tickers" ? raw : Number(raw);
  const state = await api("faults", { [knob.name]: value });
  delete $("knob-" + knob.name).dataset.dirty;
  renderFaults({ faults: state });
}

const actions = {
  "reset-requests": () => api("requests/reset"),
  "set-list-lag": () => api("faults/list-lag", { path: $("lag-list").value, lagMs: Number($("lag-ms").value) }),
  "fail-next": () => api("faults/fail-next", { path: $("fail-path").value, fault: $("fail-fault").value, count: Number($("fail-count").value) }),
  "fail-next-quote-logins": () => api("faults/fail-next-quote-logins", { fault: $("login-fault").value, count: Number($("login-count").value) }),
  "drop-quote-sockets": () => api("actions/drop-quote-sockets"),
  "expire-tokens": () => api("actions/expire-tokens"),
  "settle": () => api("actions/settle"),
  "charge-funding": () => api("actions/charge-funding", { rate: Number($("funding-rate").value) }),
  "jump-price": data => api("actions/jump-price", { ticker: data.ticker, percent: Number(data.direction) * Number($("jump-percent").value) }),
  "close-position": data => api("actions/close-position", { positionId: Number(data.positionId) }),
  "liquidate": data => api("actions/liquidate", { positionId: Number(data.positionId) }),
  "cancel-order": data => api("actions/cancel-order", { orderId: Number(data.orderId) }),
  "place-order": () => {
    const order = { ticker: $("order-ticker").value, side: $("order-side").value, volume: Number($("order-volume").value) };
    const type = $("order-type").value;
    return type === "market"
      ? api("actions/open-position", order)
      : api("actions/place-order", { ...order, type, price: Number($("order-price").value) });
  }
};

document.addEventListener("click", event => {
  const target = event.target.closest("button[data-action]");
  if (!target || !actions[target.dataset.action]) return;
  actions[target.dataset.action](target.dataset).catch(() => { /* said in #message */ });
});

function options(selectId, names) {
  $(selectId).replaceChildren(...names.map(n => new Option(n)));
}

async function start() {
  const described = await (await fetch("/console/api/faults/knobs")).json();
  knobs = described.knobs;
  $("knobs").tBodies[0].replaceChildren(...knobs.map(knobRow));
  options("lag-list", described.lists);
  options("fail-fault", described.requestFaults);
  options("login-fault", described.quoteLoginFaults);

  const events = new EventSource("/console/api/events");
  events.addEventListener("state", message => {
    const state = JSON.parse(message.data);
    $("live").textContent = "live · " + time(state.time);
    $("live").className = "live on";
    renderAccount(state);
    renderPrices(state);
    renderTrading(state);
    renderRequests(state);
    renderFaults(state);
  });
  events.onerror = () => {
    $("live").textContent = "disconnected";
    $("live").className = "live off";
  };
}

start();
