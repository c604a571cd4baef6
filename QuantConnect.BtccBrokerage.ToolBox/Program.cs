namespace QuantConnect.Brokerages.Btcc.ToolBox
{
    /// <summary>ToolBox entry point: dispatches on LEAN's <c>--app=</c> convention.</summary>
    public static class Program
    {
        /// <summary>Runs the selected app.</summary>
        public static int Main(string[] args)
        {
            Console.Error.WriteLine("ERROR: --app value is required");
            return 1;
        }
    }
}
