#pragma once
// What every postcounter-cli command gets: its arguments (global options already taken out), the
// configuration and database paths, and the output streams. Exit codes: 0 ok, 1 refused/invalid
// input, 2 usage error, 3 environment error (database, files).
#include "db/Connection.h"
#include "services/AppConfig.h"

#include <QStringList>
#include <QTextStream>
#include <initializer_list>

namespace pc::cli {

enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitUsage = 2, ExitEnvironment = 3 };

struct CliContext {
    QStringList args;   // after the command word
    QString dbPath;     // --db
    QString configPath; // --config
    QTextStream& out;
    QTextStream& err;

    // Takes "--name" out of args; true when it was there.
    bool takeFlag(const QString& name);
    // Takes "--name VALUE" (or --name=VALUE) out of args. Missing value → usage error reported.
    std::optional<QString> takeOption(const QString& name, bool* usageError);

    Result<services::AppConfig> config() const;
    // The configuration and its database, opened (and migrated), office and counter in place.
    struct Workstation {
        services::AppConfig config;
        db::Connection connection;
    };
    Result<Workstation> openWorkstation() const;
    // Opens (and migrates) the configured database; also makes sure the office and counter exist.
    Result<db::Connection> openDatabase(const services::AppConfig& config) const;

    int usage(const QString& message) const; // prints to err, returns ExitUsage
    int fail(const Error& error) const;      // prints to err, returns ExitEnvironment
    int refuse(const Error& error) const;    // prints to err, returns ExitRefused
};

using CommandFn = int (*)(CliContext&);

struct Subcommand {
    const char* name;
    CommandFn run;
};

// Takes the subcommand word out of ctx.args and runs it; a missing or unknown one is a usage error
// that lists the choices.
int runSubcommand(CliContext& ctx, const char* command, std::initializer_list<Subcommand> subcommands);

struct CliCommand {
    const char* name;
    const char* synopsis;
    CommandFn run;
};

// The command table (Commands.cpp). Each command lives in its own file.
const QList<CliCommand>& commands();

} // namespace pc::cli
