package dev.latchkey.adapter.cli;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 fields of one line: comma-separated, optionally in double quotes with {@code ""} for a quote. */
final class Csv {

    private Csv() {}

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CustomerRows.RowException("a quoted CSV field does not end on its line");
        }
        fields.add(field.toString());
        return fields;
    }
}
