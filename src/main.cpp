// scrutiny: the command line. Each command fills a plain options struct and calls its
// run_* function; this file only maps arguments to those structs and failures to exit codes.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/build.h"
#include "cli/check.h"
#include "cli/console.h"
#include "cli/import.h"
#include "cli/init.h"
#include "cli/new_file.h"
#include "cli/starter_files.h"
#include "cli/serve.h"
#include "cli/spc.h"
#include "pipeline.h"

int main(int argc, char** argv) {
    CLI::App app{"scrutiny: a static site generator for public accountability"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "scrutiny " SCRUTINY_VERSION);
    int status = 0;

    scrutiny::InitCommandOptions init;
    auto* init_cmd = app.add_subcommand("init", "Start a new site in an empty folder: a starter that builds as it is");
    init_cmd->add_option("folder", init.folder, "The new site's folder (created if missing; must be empty)")->required();
    init_cmd->add_option("--title", init.title, "The site's title");
    init_cmd->add_option("--organisation", init.organisation, "Who publishes the site");
    init_cmd->callback([&] { status = scrutiny::run_init(init, std::cout, std::cerr); });

    scrutiny::BuildCommandOptions build;
    auto* build_cmd = app.add_subcommand("build", "Build the site into its output folder (atomically)");
    build_cmd->add_option("--source", build.source, "The site folder (default: the current folder)");
    build_cmd->add_option("--output", build.output, "Output folder (default: the config's output_dir)");
    build_cmd->add_option("--base-url", build.base_url, "Override base_url (feed, sitemap, canonical links)");
    build_cmd->add_flag("--quiet,-q", build.quiet, "Print nothing but problems");
    build_cmd->add_flag("--verbose,-v", build.verbose, "Print more about each stage");
    build_cmd->add_flag("--clean", build.clean, "Write every file afresh (by default a file whose bytes are already published keeps its date)");
    build.end_process_when_built = true;
    build_cmd->callback([&] { status = scrutiny::run_build(build, std::cout, std::cerr); });

    scrutiny::ServeCommandOptions serve;
    auto* serve_cmd = app.add_subcommand("serve", "Build into memory, serve on this machine, rebuild and reload on every change");
    serve_cmd->add_option("--source", serve.source, "The site folder (default: the current folder)");
    serve_cmd->add_option("--port,-p", serve.port, "Port (default 1313; 0 picks a free one)");
    serve_cmd->add_option("--bind", serve.bind, "Address to listen on (default 127.0.0.1: this machine only)");
    serve_cmd->add_flag("--quiet,-q", serve.quiet, "Print nothing but problems");
    serve_cmd->add_flag("--verbose,-v", serve.verbose, "Say when a change is seen");
    serve_cmd->callback([&] { status = scrutiny::run_serve(serve, std::cout, std::cerr); });

    scrutiny::CheckCommandOptions check;
    auto* check_cmd = app.add_subcommand("check", "Validate the site and warn of stale content; writes nothing");
    check_cmd->add_option("--source", check.source, "The site folder (default: the current folder)");
    check_cmd->add_flag("--strict", check.strict, "Fail on warnings too");
    check_cmd->add_option("--as-of", check.as_of, "Judge staleness as of this date, YYYY-MM-DD (default: today)");
    check_cmd->add_flag("--quiet,-q", check.quiet, "Print nothing but problems");
    check_cmd->callback([&] { status = scrutiny::run_check(check, std::cout, std::cerr); });

    scrutiny::NewCommandOptions new_file;
    auto* new_cmd = app.add_subcommand("new", "Write a commented starter file that builds as it is (never overwrites)");
    new_cmd->add_option("kind", new_file.kind, "commitment, metric, meeting (a glossary body), session (a holding-to-account session) or page")
        ->required()
        ->check(CLI::IsMember(scrutiny::starter_kinds()));
    new_cmd->add_option("id", new_file.id, "A commitment's reference (A3), or the file name for the others (violence-with-injury)")
        ->required();
    new_cmd->add_option("--source", new_file.source, "The site folder (default: the current folder)");
    new_cmd->callback([&] { status = scrutiny::run_new(new_file, std::cout, std::cerr); });

    scrutiny::ImportCommandOptions import;
    auto* import_cmd = app.add_subcommand("import", "Turn a spreadsheet export (CSV) into a metric's monthly series");
    import_cmd->add_option("file", import.input, "CSV: period,area,value, or a month column then one column per area")->required();
    import_cmd->add_option("--metric,-m", import.metric, "The metric id (its file name in content/metrics/)")->required();
    import_cmd->add_option("--source", import.source, "The site folder (default: the current folder)");
    import_cmd->callback([&] { status = scrutiny::run_import(import, std::cout, std::cerr); });

    scrutiny::cli::SpcCommandOptions spc;
    auto* spc_cmd = app.add_subcommand("spc", "Compute one series' control chart from a CSV (period,value)");
    spc_cmd->add_option("file", spc.input, "CSV file with header period,value; - reads standard input")->required();
    spc_cmd->add_option("--improvement", spc.improvement, "increase, decrease or neutral (default increase)")
        ->check(CLI::IsMember({"increase", "decrease", "neutral"}));
    spc_cmd->add_option("--target", spc.target, "Target value (enables assurance)");
    spc_cmd->add_option("--rebase", spc.rebase, "Start a new baseline at YYYY-MM (repeatable)");
    spc_cmd->add_option("--recalculate-after", spc.recalculate_after, "Automatic recalculation after N points on one side (0 = off)");
    spc_cmd->add_option("--fix-after", spc.fix_after, "Compute limits from the first N points of each baseline");
    spc_cmd->add_flag("--no-screen-outliers", spc.no_screen_outliers, "Do not screen moving-range outliers");
    spc_cmd->add_option("--shift-run", spc.shift_run, "Points in a run for a shift (default 7)");
    spc_cmd->add_option("--trend-run", spc.trend_run, "Points in a trend (default 7)");
    spc_cmd->add_option("--unit", spc.unit, "What the values count (\"offences\"), or % for percentages (default values)");
    spc_cmd->add_option("--aggregate", spc.aggregate, "How months make a quarter: sum (default) or mean");
    spc_cmd->add_option("--format", spc.format, "json (default) or csv")->check(CLI::IsMember({"json", "csv"}));
    spc_cmd->callback([&] { status = scrutiny::cli::run_spc(spc, std::cin, std::cout, std::cerr); });

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help and --version print to stdout
        // Through the one printer every command uses, so it looks (and is coloured) the same.
        scrutiny::console::report(std::cerr, scrutiny::Severity::error, "",
                                  std::string(e.what()) + "; run scrutiny --help to see the commands and their options");
        return 2;
    } catch (const scrutiny::EnvironmentError& e) {
        scrutiny::console::report(std::cerr, scrutiny::Severity::error, "", e.what());
        return 2;
    }
    return status;
}
