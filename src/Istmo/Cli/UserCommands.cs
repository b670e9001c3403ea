using System.CommandLine;
using System.Security.Cryptography;
using Istmo.Core.Access;
using Istmo.Core.Errors;
using Istmo.Data;
using Istmo.Hosting;
using Istmo.Modules.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Istmo.Cli;

internal static class UserCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Local accounts: add, list, disable.");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        users.Subcommands.Add(Disable());
        return users;
    }

    private static Command Add()
    {
        var userName = new Option<string>("--username") { Description = "Sign-in name.", Required = true };
        var name = new Option<string>("--name") { Description = "Full name shown in the UI and the audit log.", Required = true };
        var agency = new Option<string>("--agency") { Description = "Agency code: " + string.Join(", ", Agencies.All), Required = true };
        var roles = new Option<string[]>("--role") { Description = "Role (repeatable): " + string.Join(", ", Roles.All), Required = true, AllowMultipleArgumentsPerToken = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input; otherwise a strong one is generated and printed once." };
        var command = new Command("add", "Creates a local account.") { userName, name, agency, roles, passwordStdin };
        command.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(passwordStdin) ? (Console.In.ReadLine() ?? string.Empty).TrimEnd('\r', '\n') : GeneratePassword();
            return await CliServices.OnReadyDatabaseAsync(parse, async (sp, output, error) =>
            {
                try
                {
                    var user = await sp.GetRequiredService<UserAdminService>().AddAsync(parse.GetValue(userName)!, parse.GetValue(name)!, parse.GetValue(agency)!, password, parse.GetValue(roles)!, ct);
                    output.WriteLine($"Created user {user.UserName} ({user.Agency}; {string.Join(", ", user.Roles)}).");
                    if (!parse.GetValue(passwordStdin))
                    {
                        output.WriteLine($"Password (shown once): {password}");
                    }

                    output.WriteLine("Next: sign in at /login and set up two-factor authentication under /account/2fa.");
                    return ExitCodes.Ok;
                }
                catch (ValidationFailedException ex)
                {
                    foreach (var (field, messages) in ex.Errors)
                    {
                        error.WriteLine($"error: --{field}: {string.Join(" ", messages)}");
                    }

                    return ExitCodes.InvalidInput;
                }
            });
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Lists accounts with agency, roles and status (tab-separated).");
        command.SetAction((parse, ct) => CliServices.OnReadyDatabaseAsync(parse, async (sp, output, _) =>
        {
            output.WriteLine("username\tname\tagency\troles\tstatus\ttwo-factor");
            foreach (var u in await sp.GetRequiredService<UserAdminService>().ListAsync(ct))
            {
                output.WriteLine($"{u.UserName}\t{u.DisplayName}\t{u.Agency}\t{string.Join(',', u.Roles)}\t{(u.IsDisabled ? "disabled" : "active")}\t{(u.TwoFactorEnabled ? "on" : "off")}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disable()
    {
        var userName = new Option<string>("--username") { Description = "The account to disable.", Required = true };
        var command = new Command("disable", "Disables an account: it can no longer sign in and its API tokens stop working.") { userName };
        command.SetAction((parse, ct) => CliServices.OnReadyDatabaseAsync(parse, async (sp, output, error) =>
        {
            if (!await sp.GetRequiredService<UserAdminService>().DisableAsync(parse.GetValue(userName)!, ct))
            {
                error.WriteLine($"error: no user named {parse.GetValue(userName)}; see `istmo users list`.");
                return ExitCodes.NotFound;
            }

            output.WriteLine($"Disabled {parse.GetValue(userName)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>A 20-character password meeting the policy (upper, lower, digits).</summary>
    internal static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 17).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToList();
        chars.AddRange("Km7");
        return new string(chars.ToArray());
    }
}
