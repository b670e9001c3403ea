using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Istmo.EndToEndTests;

/// <summary>
/// Starts the real `istmo serve --demo` as a child process on a free port with its own database in a temporary
/// directory, launches the system Chromium through Playwright, and signs the demo administrator in once.
/// </summary>
public sealed partial class ServerFixture : IAsyncLifetime
{
    /// <summary>Generous for a 2-core machine: a cold start migrates and seeds 300 people.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly StringBuilder output = new();
    private readonly SemaphoreSlim loginGate = new(1, 1);
    private Process? server;
    private string? directory;
    private long lastUsedStep;

    public string BaseUrl { get; private set; } = string.Empty;

    public string AdminPassword { get; private set; } = string.Empty;

    public string TotpKey { get; private set; } = string.Empty;

    public IPlaywright Playwright { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Cookies of a signed-in administrator (Spanish UI), for tests that do not test the login itself.</summary>
    public string AdminState { get; private set; } = string.Empty;

    public string ServerOutput
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        directory = Directory.CreateTempSubdirectory("istmo-e2e-").FullName;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(AppContext.BaseDirectory, "istmo.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"istmo.dll not found next to the tests ({dll}); build the test project first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "serve", "--demo", "--people", "300", "--urls", BaseUrl, "--database", $"Data Source={Path.Combine(directory, "istmo.db")}" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        // Registry people are screened by a background pass (30 s by default); the alert test waits for it.
        start.Environment["Istmo__Screening__PollSeconds"] = "2";
        var credentials = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server = new Process { StartInfo = start, EnableRaisingEvents = true };
        server.OutputDataReceived += (_, e) => OnLine(e.Data, credentials);
        server.ErrorDataReceived += (_, e) => OnLine(e.Data, null);
        server.Exited += (_, _) => Task.Run(() =>
        {
            server.WaitForExit(); // drains the redirected output so the message below shows why
            credentials.TrySetException(new InvalidOperationException($"istmo serve exited early (code {server.ExitCode}):\n" + ServerOutput));
        });
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        await credentials.Task.WaitAsync(StartTimeout);
        await WaitReadyAsync();

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ISTMO_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await LoginAsync(page);
        AdminState = await context.StorageStateAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        if (directory is not null)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a dying process: the OS cleans the temporary directory later.
            }
        }
    }

    /// <summary>A fresh browser context (no cookies), Spanish unless told otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "es-PA",
            StorageState = storageState,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(120_000);
        return context;
    }

    /// <summary>A page of a new context signed in as the administrator.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> AdminPageAsync()
    {
        var context = await NewContextAsync(AdminState);
        return (context, await context.NewPageAsync());
    }

    /// <summary>Signs in through the UI with password and a fresh TOTP code (never reusing a time step).</summary>
    public async Task LoginAsync(IPage page, string returnUrl = "/")
    {
        await page.GotoAsync("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/login/2fa**");
        await page.FillAsync("#code", await NextCodeAsync());
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=user-name]");
    }

    /// <summary>A code of a time step no earlier login used, waiting for the next step when needed.</summary>
    public async Task<string> NextCodeAsync()
    {
        await loginGate.WaitAsync();
        try
        {
            var step = Totp.StepAt(DateTimeOffset.UtcNow);
            while (step <= lastUsedStep)
            {
                await Task.Delay(500);
                step = Totp.StepAt(DateTimeOffset.UtcNow);
            }

            lastUsedStep = step;
            return Totp.Code(TotpKey, step);
        }
        finally
        {
            loginGate.Release();
        }
    }

    private void OnLine(string? line, TaskCompletionSource? credentials)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (PasswordLine().Match(line) is { Success: true } password)
        {
            AdminPassword = password.Groups[1].Value;
        }

        if (KeyLine().Match(line) is { Success: true } key)
        {
            TotpKey = key.Groups[1].Value;
            credentials?.TrySetResult();
        }
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("istmo serve did not become ready:\n" + ServerOutput);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Demo administrator: user '[^']+', password '([^']+)'")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(@"Two-factor key for an authenticator app: ([A-Z2-7]+)")]
    private static partial Regex KeyLine();
}

/// <summary>Every end-to-end test shares one server and browser, and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
