using Istmo.Cli;

return await IstmoCommandLine.Build().Parse(args).InvokeAsync();
