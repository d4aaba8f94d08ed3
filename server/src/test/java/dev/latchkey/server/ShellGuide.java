package dev.latchkey.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown guide read as a script: its {@code sh} blocks in order, each with the {@code text} block
 * that follows it as the answer it shows, and the files it asks to save ("save this as `name`:").
 */
record ShellGuide(List<Step> steps, Map<String, String> files) {

    /** One {@code sh} block and the answer shown for it, if any. */
    record Step(String script, Optional<String> answer) {}

    private static final Pattern SAVE_AS = Pattern.compile("as `([A-Za-z0-9_.-]+)`:\\s*$");
    /** A shortened value: {@code …} with the token characters shown before it, which are only an example. */
    private static final String SHORTENED = "[A-Za-z0-9_-]*…";

    static ShellGuide parse(String markdown) {
        List<Step> steps = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        String[] lines = markdown.split("\n", -1);
        String previousBlock = null;
        String lastProse = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("```")) {
                if (!line.isBlank()) {
                    lastProse = line;
                }
                continue;
            }
            String language = line.substring(3).trim();
            StringBuilder body = new StringBuilder();
            for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                body.append(lines[i]).append('\n');
            }
            if (language.equals("sh")) {
                steps.add(new Step(body.toString(), Optional.empty()));
            } else if (language.equals("text")) {
                if (!"sh".equals(previousBlock)) {
                    throw new IllegalArgumentException("A text block that follows no sh block: " + body);
                }
                Step step = steps.remove(steps.size() - 1);
                steps.add(new Step(step.script(), Optional.of(body.toString())));
            } else {
                Matcher saveAs = SAVE_AS.matcher(lastProse);
                if (saveAs.find()) {
                    files.put(saveAs.group(1), body.toString());
                }
            }
            previousBlock = language;
            lastProse = "";
        }
        return new ShellGuide(List.copyOf(steps), Map.copyOf(files));
    }

    /** The guide with every {@code from} in scripts, answers and files replaced by {@code to}. */
    ShellGuide replacing(String from, String to) {
        List<Step> replaced = steps.stream()
                .map(step -> new Step(
                        step.script().replace(from, to), step.answer().map(answer -> answer.replace(from, to))))
                .toList();
        Map<String, String> replacedFiles = new LinkedHashMap<>();
        files.forEach((name, content) -> replacedFiles.put(name, content.replace(from, to)));
        return new ShellGuide(replaced, Map.copyOf(replacedFiles));
    }

    /**
     * The first line of {@code answer} that the output does not show, or empty when it shows them all:
     * each line of the answer must match a whole line of the output, in the same order, with
     * {@code …} (and the letters, digits, {@code _} and {@code -} right before it, the visible start of a
     * shortened token) standing for any characters; output lines the answer leaves out (headers) are skipped.
     */
    static Optional<String> missingLine(String answer, String output) {
        List<String> actual = output.lines().map(ShellGuide::stripEnd).toList();
        int next = 0;
        for (String expected : answer.lines()
                .map(ShellGuide::stripEnd)
                .filter(line -> !line.isEmpty())
                .toList()) {
            Pattern pattern = pattern(expected);
            while (next < actual.size() && !pattern.matcher(actual.get(next)).matches()) {
                next++;
            }
            if (next == actual.size()) {
                return Optional.of(expected);
            }
            next++;
        }
        return Optional.empty();
    }

    private static Pattern pattern(String expected) {
        String[] parts = expected.split(SHORTENED, -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    private static String stripEnd(String line) {
        return line.stripTrailing();
    }
}
