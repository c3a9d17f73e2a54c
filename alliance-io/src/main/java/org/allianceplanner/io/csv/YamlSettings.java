package org.allianceplanner.io.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.table.CellLocator;
import org.allianceplanner.io.table.Column;
import org.allianceplanner.io.table.ColumnType;
import org.allianceplanner.io.table.RawRow;
import org.allianceplanner.io.table.RawTable;
import org.allianceplanner.io.table.SettingsCodec;
import org.jspecify.annotations.Nullable;

/**
 * {@code scenario.yaml}: the settings as YAML, nested keys such as {@code solver.seed} written as
 * {@code solver:} with an indented {@code seed:}. Read into a {@code key,value} table with the line of
 * each key, so that problems point at the line.
 */
final class YamlSettings {
    static final String FILE_NAME = "scenario.yaml";
    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlSettings() {}

    /** The settings table, or {@code null} after adding a problem when the text is not YAML key/values. */
    static @Nullable RawTable read(String text, List<Problem> fileProblems) {
        CellLocator locator =
                (row, column, value, rule, hint) -> new Problem(FILE_NAME, null, row, column, null, value, rule, hint);
        List<RawRow> rows = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                fileProblems.add(
                        locator.problem(0, null, null, "is empty; it needs at least name and base_currency.", null));
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                fileProblems.add(
                        locator.problem(line(parser), null, null, "must be a list of 'key: value' lines.", null));
                return null;
            }
            readObject(parser, "", rows, fileProblems, locator);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            fileProblems.add(locator.problem(
                    line,
                    null,
                    null,
                    // The parser's own message ("while parsing a flow sequence in 'reader' …") speaks of
                    // its grammar; the line is what a user can act on.
                    line > 0 ? "is not valid YAML from this row on." : "is not valid YAML.",
                    "Maybe an indentation, a colon or a quote is off; each line is 'key: value', and a value"
                            + " with a colon, a bracket or a # goes in quotes."));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RawTable(SettingsCodec.TABLE, List.of("key", "value"), rows, locator);
    }

    private static void readObject(
            JsonParser parser, String prefix, List<RawRow> rows, List<Problem> problems, CellLocator locator)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + parser.currentName();
            int line = line(parser);
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readObject(parser, key + ".", rows, problems, locator);
            } else if (value == JsonToken.START_ARRAY) {
                problems.add(locator.problem(line, key, null, "must be a single value, not a list.", null));
                parser.skipChildren();
            } else {
                String text = value == JsonToken.VALUE_NULL ? "" : parser.getText();
                rows.add(new RawRow(line, List.of(key, text)));
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The settings as YAML text: numbers plain, text double-quoted, {@code solver.*} nested. */
    static String write(Map<String, String> settings) {
        StringBuilder yaml = new StringBuilder();
        String openSection = "";
        for (Column key : SettingsCodec.KEYS) {
            String name = key.name();
            String value = settings.getOrDefault(name, "");
            int dot = name.indexOf('.');
            String section = dot < 0 ? "" : name.substring(0, dot);
            if (!section.equals(openSection) && !section.isEmpty()) {
                yaml.append(section).append(":\n");
            }
            openSection = section;
            if (!section.isEmpty()) {
                yaml.append("  ").append(name.substring(dot + 1));
            } else {
                yaml.append(name);
            }
            yaml.append(": ");
            boolean numeric = key.type() == ColumnType.DECIMAL || key.type() == ColumnType.INTEGER;
            yaml.append(numeric ? value : quoted(value)).append('\n');
        }
        return yaml.toString();
    }

    private static String quoted(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
