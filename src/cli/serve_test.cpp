#include "cli/mime_types.h"
#include "cli/serve_panel.h"
#include "cli/serve_url.h"

#include <catch2/catch.hpp>

using namespace scrutiny::serve_detail;
using scrutiny::Diagnostic;
using scrutiny::Severity;

TEST_CASE("serve maps URLs to output files and refuses paths that leave it", "[serve]") {
    CHECK(output_path_for("/") == "index.html");
    CHECK(output_path_for("/glossary/") == "glossary/index.html");
    CHECK(output_path_for("/assets/css/site.css") == "assets/css/site.css");
    CHECK(output_path_for("//glossary/./") == "glossary/index.html");
    CHECK_FALSE(output_path_for("/../site_config.toml"));
    CHECK_FALSE(output_path_for("/assets/../../etc/passwd"));
    CHECK_FALSE(output_path_for("/..\\..\\etc"));
    CHECK_FALSE(output_path_for(std::string_view("/a\0b", 4)));
    CHECK_FALSE(output_path_for("relative"));
}

TEST_CASE("serve injects the reload script and the error panel before </body>", "[serve]") {
    CHECK(inject_before_body_end("<html><body><p>x</p></BODY></html>", "S") == "<html><body><p>x</p>S</BODY></html>");
    CHECK(inject_before_body_end("<p>no body</p>", "S") == "<p>no body</p>S");
    const std::string ok = injected_snippet({}, 7);
    CHECK(ok.find("<script src=\"/__scrutiny/reload.js\" data-generation=\"7\" defer></script>") != std::string::npos);
    CHECK(ok.find("role=\"alert\"") == std::string::npos);
    CHECK(ok.find("<script>") == std::string::npos);  // no inline script: pages keep a strict CSP

    const std::string panel = injected_snippet({Diagnostic{Severity::error, {"content/a.md", 3, 9}, "bad <value>"}}, 8);
    CHECK(panel.find("role=\"alert\" tabindex=\"-1\"") != std::string::npos);
    CHECK(panel.find("<code class=\"scrutiny-where\">content/a.md:3:9</code> <strong>error:</strong> bad &lt;value&gt;") !=
          std::string::npos);
    CHECK(panel.find("style=") == std::string::npos);  // styled by /__scrutiny/serve.css only
}

TEST_CASE("serve labels files with their content type", "[serve]") {
    CHECK(content_type_for("index.html") == "text/html; charset=utf-8");
    CHECK(content_type_for("data/metrics/x.json") == "application/json");
    CHECK(content_type_for("assets/css/site.css") == "text/css; charset=utf-8");
    CHECK(content_type_for("LICENSE") == "application/octet-stream");
}
