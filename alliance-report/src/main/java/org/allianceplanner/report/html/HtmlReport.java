package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.Locale;
import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.report.StudyView;

/**
 * Builds {@code report.html}: one self-contained page, charts and map as inline SVG. The page is the
 * header, the sections in reading order (each a class of its own) and the footer; this class holds the
 * page's frame, its CSS and the few lines of script that switch the map's layers. Stateless and
 * thread-safe.
 */
public final class HtmlReport {
    private final StudyView view;
    private final String cur;
    private final StringBuilder out = new StringBuilder(256 * 1024);

    private HtmlReport(StudyView view) {
        this.view = view;
        this.cur = view.currency();
    }

    /** The whole page of {@code view}, ending with a newline. */
    public static String render(StudyView view) {
        return new HtmlReport(view).page();
    }

    private String page() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Alliance study: ")
                .append(esc(view.result().scenarioName()))
                .append("</title>\n<style>")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");
        header();
        out.append("<main>");
        Optional<AllianceComparison> best = view.best();
        if (best.isPresent()) {
            new HeadlineSection(view, out).write(best.get());
            new SynergySection(view, out).write(best.get());
            new SplitSection(view, out).write(best.get());
        }
        new AlliancesSection(view, out).write();
        new DecisionsSection(view, out).write();
        if (best.isPresent()) {
            Optional<CoalitionResult> joint = view.coalitionOf(best.get());
            new MapSection(view, out).write(best.get(), joint);
            new PlantsSection(view, out).write(best.get(), joint);
            joint.map(CoalitionResult::sourcing).ifPresent(sourcing -> new SourcingSection(view, out).write(sourcing));
            joint.map(CoalitionResult::rnd).ifPresent(rnd -> new RndSection(view, out).write(rnd));
        }
        new CoalitionsSection(view, out).write();
        new ExplanationsSection(view, out).write();
        out.append("</main>\n<footer>Written by Alliance Planner from the study of <b>")
                .append(esc(view.result().scenarioName()))
                .append("</b> (inputs hash <code>")
                .append(esc(view.result().scenarioHash()))
                .append("</code>). Amounts in millions of ")
                .append(esc(cur))
                .append(" per year unless marked one-off. Map: Natural Earth 1:110m land (public domain).</footer>\n");
        out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header><div class=\"wrap\"><h1>Alliance study: ")
                .append(esc(view.result().scenarioName()))
                .append("</h1><p class=\"meta\">Levers: ")
                .append(esc(String.join(", ", view.result().levers())))
                .append(" · amounts in ")
                .append(esc(cur))
                .append(" · ")
                .append(view.result().coalitions().size())
                .append(" coalitions planned in ")
                .append(String.format(Locale.ROOT, "%.1f", view.result().seconds()))
                .append(" s</p><nav>");
        String[][] links = {
            {"headline", "Headline"},
            {"synergy", "Synergy"},
            {"split", "Split"},
            {"alliances", "Alliances"},
            {"decisions", "Decisions"},
            {"footprint", "Map"},
            {"plants", "Plants"},
            {"sourcing", "Sourcing"},
            {"rnd", "R&D"},
            {"coalitions", "Coalitions"},
            {"explanations", "Explanations"}
        };
        for (String[] link : links) {
            out.append("<a href=\"#")
                    .append(link[0])
                    .append("\">")
                    .append(esc(link[1]))
                    .append("</a>");
        }
        out.append("</nav></div></header>\n");
    }

    private static final String CSS =
            """
            :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f7f9fb;--accent:#1f4e79}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:var(--accent);color:#fff;padding:18px 0 0}
            header h1{margin:0;font-size:22px;font-weight:600}
            header .meta{margin:4px 0 10px;color:#d5e3f0}
            header nav a{display:inline-block;color:#fff;text-decoration:none;padding:6px 10px;margin-right:2px;border-radius:4px 4px 0 0;font-size:13px}
            header nav a:hover{background:rgba(255,255,255,.15)}
            .wrap,main{max-width:1180px;margin:0 auto;padding:0 24px}
            main{padding-bottom:40px}
            section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:18px 0}
            h2{font-size:18px;margin:0 0 4px;color:var(--accent)}
            h3{font-size:14px;margin:18px 0 6px}
            .lead{color:var(--muted);margin:0 0 12px}
            figure{margin:8px 0;overflow-x:auto}
            svg{max-width:100%;height:auto}
            .cards{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;background:none;border:none;padding:0}
            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;border-top:4px solid var(--accent)}
            .card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
            .card .value{font-size:22px;font-weight:650;margin:2px 0}
            .card .note{color:var(--muted);font-size:12px}
            .multiples{display:flex;flex-wrap:wrap;gap:12px}
            .multiples svg{border:1px solid var(--line);border-radius:6px}
            table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13px}
            th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{background:#f0f3f6;font-weight:600}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .strong{font-weight:650}
            .muted{color:var(--muted)}
            .ok{color:#2e7d32}
            .bad{color:#b23b3b}
            .sentence{color:#333}
            td.solves{font-size:12px;color:var(--muted)}
            .legend{display:flex;gap:16px;margin:6px 0;font-size:12px}
            .legend .keys{color:var(--muted)}
            .legend i{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:6px;vertical-align:-1px}
            .toggle{display:inline-flex;border:1px solid var(--accent);border-radius:6px;overflow:hidden;margin:4px 0}
            .toggle button{border:0;background:#fff;color:var(--accent);padding:5px 14px;font:inherit;cursor:pointer}
            .toggle button.active{background:var(--accent);color:#fff}
            figure.map svg{border:1px solid var(--line);border-radius:6px}
            figure.map[data-showing=joint] .layer-standalone,figure.map[data-showing=standalone] .layer-joint{display:none}
            details{margin:6px 0}
            summary{cursor:pointer;color:var(--accent)}
            ul.explanations{margin:4px 0 10px;padding-left:18px}
            ul.explanations li{margin:3px 0}
            th.num{white-space:normal}
            .scroll{overflow-x:auto}
            table.split td.num .gain{display:block}
            table.split td:last-child{min-width:11em}
            table.sortable th{cursor:pointer}
            table.sortable th[aria-sort=ascending]::after{content:" ▲"}
            table.sortable th[aria-sort=descending]::after{content:" ▼"}
            .tag{display:inline-block;background:#eef2f6;color:var(--muted);border-radius:3px;padding:0 6px;font-size:11px}
            footer{max-width:1180px;margin:0 auto 30px;padding:0 24px;color:var(--muted);font-size:12px}
            @media print{header nav,.toggle{display:none}section{break-inside:avoid}}
            """;

    private static final String SCRIPT =
            """
            document.querySelectorAll('.toggle button').forEach(function (button) {
              button.addEventListener('click', function () {
                var figure = button.closest('section').querySelector('figure.map');
                figure.setAttribute('data-showing', button.getAttribute('data-show'));
                button.parentNode.querySelectorAll('button').forEach(function (b) { b.classList.toggle('active', b === button); });
              });
            });
            document.querySelectorAll('table.sortable th').forEach(function (th, _, all) {
              th.addEventListener('click', function () {
                var table = th.closest('table'), body = table.tBodies[0], col = th.cellIndex;
                var down = th.getAttribute('aria-sort') === 'ascending';
                table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
                var key = function (row) {
                  var text = row.cells[col] ? row.cells[col].textContent.trim() : '';
                  var n = parseFloat(text.replace(/[, +]/g, ''));
                  return isNaN(n) ? text.toLowerCase() : n;
                };
                Array.from(body.rows).sort(function (a, b) {
                  var x = key(a), y = key(b), c = x < y ? -1 : x > y ? 1 : 0;
                  return down ? -c : c;
                }).forEach(function (row) { body.appendChild(row); });
              });
            });
            """;
}
