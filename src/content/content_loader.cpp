#include "content/content_loader.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <functional>
#include <type_traits>

#include "common/digest.h"
#include "common/parallel.h"
#include "common/spellcheck.h"
#include "common/text.h"
#include "common/text_file.h"
#include "config/site_config.h"
#include "content/commitment_bytes.h"
#include "content/metric_bytes.h"
#include "content/markdown.h"
#include "content/parsers.h"
#include "content/series_import.h"

namespace scrutiny {

namespace {
bool ends_with_ignoring_case(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && ascii_lower(text.substr(text.size() - suffix.size())) == suffix;
}

// Files in a content folder that look meant to be read but would not be: `About.MD` (only
// `.md` is read) and any in a sub-folder (only files directly in the folder are read).
void report_unread_files(const FileSystem& fs, const std::string& dir, const std::string& extension, Diagnostics& diags) {
    for (const auto& path : fs.list_files(dir)) {
        const std::string name = path.substr(dir.size() + 1);
        const bool in_sub_folder = name.find('/') != std::string::npos;
        const bool exact = name.size() > extension.size() &&
                           name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
        if (in_sub_folder && ends_with_ignoring_case(name, extension))
            diags.error({path, 0, 0}, "files in sub-folders of " + dir + "/ are not read; move it into " + dir + "/ itself");
        else if (!in_sub_folder && !exact && ends_with_ignoring_case(name, extension))
            diags.error({path, 0, 0}, "only names ending in `" + extension + "` (lower case) are read; rename it to " +
                                          file_stem(path) + extension);
    }
}

// Reads and parses every file of a kind on every core (a large site has 10,000 commitments).
// Each file reports into its own Diagnostics, appended in file order, so what is said and the
// order it is said in never depend on scheduling.
// `kept(text, path)` may give what an earlier parse of the same bytes gave, which were then
// checked as text, so they are neither checked nor parsed again; `unread(path)`, what an earlier
// parse of the file gave when it is known unchanged without reading it.
template <typename Parse, typename Kept = std::nullptr_t, typename Unread = std::nullptr_t>
auto parse_each(const FileSystem& fs, const std::vector<std::string>& paths, Diagnostics& diags, const Parse& parse,
                const Kept& kept = nullptr, const Unread& unread = nullptr) {
    using Parsed = decltype(parse(std::string(), std::string(), diags));
    std::vector<Parsed> parsed(paths.size());
    std::vector<Diagnostics> said(paths.size());
    parallel_for(paths.size(), worker_count(), [&](size_t, size_t i) {
        if constexpr (!std::is_same_v<Unread, std::nullptr_t>)
            if ((parsed[i] = unread(paths[i]))) return;
        auto text = read_site_file(fs, paths[i], said[i]);
        if (!text) return;
        if constexpr (!std::is_same_v<Kept, std::nullptr_t>)
            if ((parsed[i] = kept(*text, paths[i]))) return;
        if (is_site_text(*text, paths[i], said[i])) parsed[i] = parse(*text, paths[i], said[i]);
    });
    for (const auto& d : said) diags.append(d);
    return parsed;
}
}  // namespace

std::optional<SiteConfig> load_site_config(const FileSystem& fs, Diagnostics& diags) {
    const std::string config_file = "site_config.toml";
    if (!fs.is_file(config_file)) {
        diags.error({config_file, 0, 0}, "not found; run scrutiny in a site folder or pass --source DIR");
        return std::nullopt;
    }
    auto config_text = read_text_file(fs, config_file, diags);
    if (!config_text) return std::nullopt;
    return parse_site_config(*config_text, config_file, diags);
}

namespace {
// Every file of a kind parsed on every core, with `cache`: a file whose bytes (and those of the
// files beside it it reads, `beside(path)`) were parsed before without a word to say is taken
// from there (a rebuild of a large site parses only what changed), and with `settled` one whose
// identity, and theirs, are unchanged since they were read is not read at all: the cache maps the
// identities to the key of the bytes. `context` is what else the parse reads (site settings).
template <typename Parse, typename ToBytes, typename FromBytes>
auto parse_each_cached(const FileSystem& fs, const std::vector<std::string>& paths, Diagnostics& diags, DerivedCache* cache,
                       const SettledFiles* settled, const std::string& context,
                       const std::function<std::vector<std::string>(const std::string&)>& beside, const Parse& parse,
                       const ToBytes& to_bytes, const FromBytes& from_bytes) {
    if (!cache) return parse_each(fs, paths, diags, parse);
    const auto key = [&](const std::string& text, const std::string& path) {
        Digest d;
        d.add(context);
        d.add(path);
        d.add(text);
        for (const auto& other : beside(path)) d.add(fs.is_file(other) ? fs.read(other).value_or("\1unreadable") : "\1none");
        return d.result();
    };
    // The key of the files at `path` (and beside it) as they stand by their identities, or
    // nothing when one has none.
    const auto identity_key = [&](const std::string& path) -> std::optional<std::string> {
        if (!settled) return std::nullopt;
        Digest d;
        d.add(context);
        d.add("by identity");
        std::vector<std::string> files{path};
        for (auto& other : beside(path)) files.push_back(std::move(other));
        for (size_t i = 0; i < files.size(); ++i) {
            const auto it = settled->find(files[i]);
            if (it != settled->end()) d.add(static_cast<long long>(it->second));
            else if (i > 0 && !fs.is_file(files[i])) d.add("none");
            else return std::nullopt;
            d.add(files[i]);
        }
        return d.result();
    };
    // Notes that the files now at `path` have bytes keyed `bytes_key`, for the next build.
    const auto note_identity = [&](const std::string& path, const std::string& bytes_key) {
        if (const auto id = identity_key(path)) cache->put(*id, bytes_key);
    };
    // What is read back from the cache points into it where it can (its words), the cache's
    // file kept mapped for as long as it does.
    using Parsed = decltype(from_bytes(std::string_view(), std::shared_ptr<const void>()));
    const auto unread = [&](const std::string& path) -> Parsed {
        const auto id = identity_key(path);
        if (!id) return std::nullopt;
        const auto bytes_key = cache->find(*id);
        if (!bytes_key) return std::nullopt;
        if (const auto bytes = cache->find_shared(*bytes_key)) return from_bytes(bytes->view(), bytes->keeper());
        return std::nullopt;
    };
    const auto kept = [&](const std::string& text, const std::string& path) -> Parsed {
        const std::string k = key(text, path);
        if (const auto bytes = cache->find_shared(k)) {
            note_identity(path, k);
            return from_bytes(bytes->view(), bytes->keeper());
        }
        return std::nullopt;
    };
    const auto parse_and_keep = [&](const std::string& text, const std::string& path, Diagnostics& said) {
        auto parsed = parse(text, path, said);
        if (parsed && said.all().empty()) {  // what it says must be said again
            const std::string k = key(text, path);
            cache->put(k, to_bytes(*parsed));
            note_identity(path, k);
        }
        return parsed;
    };
    return parse_each(fs, paths, diags, parse_and_keep, kept, unread);
}

std::vector<std::string> nothing_beside(const std::string&) { return {}; }

// A metric's figures may be kept beside its TOML file, as a CSV file of the same name.
std::string csv_of_metric(const std::string& toml_path) { return toml_path.substr(0, toml_path.size() - 5) + ".csv"; }
}  // namespace

std::optional<SiteContent> load_site(const FileSystem& fs, Diagnostics& diags, DerivedCache* cache, const SettledFiles* settled) {
    SiteContent site;
    fs.check_links(diags);  // a link leaving the site is never read; say which, rather than drop it
    for (const auto& [dir, extension] : {std::pair{"content/commitments", ".md"}, {"content/metrics", ".toml"},
                                         {"content/meetings", ".md"}, {"content/pages", ".md"},
                                         {"content/national-measures", ".md"}})
        report_unread_files(fs, dir, extension, diags);
    auto config = load_site_config(fs, diags);
    if (!config) return std::nullopt;
    site.config = std::move(*config);
    for (const auto& o : site.config.objectives) check_markdown_links(o.summary_markdown, o.summary_where, diags, false);

    auto commitments = parse_each_cached(fs, files_with_extension(fs, "content/commitments", ".md"), diags, cache,
                                         settled, "parsed commitment 2", nothing_beside, parse_commitment,
                                         commitment_bytes, commitment_from_bytes);
    for (auto& c : commitments) {
        if (c) site.commitments.push_back(std::move(*c));
        else site.unreadable_kinds.insert("commitment");
    }
    const SiteConfig& site_config = site.config;
    const auto read_metric = [&fs, &site_config](const std::string& text, const std::string& path, Diagnostics& said) {
        auto m = parse_metric(text, path, said);
        const std::string csv = csv_of_metric(path);
        if (m && fs.is_file(csv))
            if (auto csv_text = read_text_file(fs, csv, said))
                attach_csv_series(*csv_text, csv, *m, site_config.areas, site_config.import.whole_force_names, said);
        return m;
    };
    // A metric reads the CSV beside it, by the site's areas and whole-force names.
    Digest metric_context;
    metric_context.add("parsed metric 1");
    for (const auto& a : site_config.areas) {
        metric_context.add(a.id);
        metric_context.add(a.name);
        metric_context.add(a.total ? 1 : 0);
    }
    metric_context.add(static_cast<long long>(site_config.import.whole_force_names.size()));
    for (const auto& name : site_config.import.whole_force_names) metric_context.add(name);
    const auto csv_beside = [](const std::string& path) { return std::vector<std::string>{csv_of_metric(path)}; };
    auto metrics = parse_each_cached(fs, files_with_extension(fs, "content/metrics", ".toml"), diags, cache, settled,
                                     metric_context.result(), csv_beside, read_metric, metric_bytes,
                                     [](std::string_view bytes, const std::shared_ptr<const void>&) { return metric_from_bytes(bytes); });
    for (auto& m : metrics) {
        if (m) site.metrics.push_back(std::move(*m));
        else site.unreadable_kinds.insert("metric");
    }
    const std::string meetings_file = "content/glossary/meetings.toml";
    if (fs.is_file(meetings_file)) {
        const int before = diags.error_count();
        if (auto text = read_text_file(fs, meetings_file, diags)) site.mechanisms = parse_mechanisms(*text, meetings_file, diags);
        if (site.mechanisms.empty() && diags.error_count() > before) site.unreadable_kinds.insert("meeting");
    }
    const std::string terms_file = "content/glossary/terms.toml";
    if (fs.is_file(terms_file))
        if (auto text = read_text_file(fs, terms_file, diags)) site.terms = parse_terms(*text, terms_file, diags);
    // Meetings and free pages on every core too (a large site records hundreds of meetings).
    for (auto& s : parse_each(fs, files_with_extension(fs, "content/meetings", ".md"), diags, parse_session))
        if (s) site.sessions.push_back(std::move(*s));
    for (auto& p : parse_each(fs, files_with_extension(fs, "content/pages", ".md"), diags, parse_page))
        if (p) site.pages.push_back(std::move(*p));
    const auto& national = national_measure_ids();
    for (const auto& path : files_with_extension(fs, "content/national-measures", ".md")) {
        const std::string id = file_stem(path);
        if (std::find(national.begin(), national.end(), id) == national.end()) {
            diags.error({path, 1, 1}, "the file name `" + id + "` is not a national measure's id" + did_you_mean(id, national));
            continue;
        }
        if (auto text = read_text_file(fs, path, diags)) {
            check_markdown_links(*text, {path, 1, 1}, diags, true);
            site.national_texts[id] = {*text, path};
        }
    }
    return site;
}

}  // namespace scrutiny
