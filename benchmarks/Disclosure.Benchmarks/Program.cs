using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Disclosure.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
