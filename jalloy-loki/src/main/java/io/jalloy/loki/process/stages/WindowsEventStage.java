package io.jalloy.loki.process.stages;

/**
 * {@code stage.windowsevent}: a Windows event message is split into sections at blank lines
 * ({@code \r\n\r\n}); the first becomes {@code Description}, the others' {@code Key: value}
 * lines become extracted values. A key with an empty value on a section's first line titles
 * the section and prefixes its keys ({@code Logon_Information_Logon_Type}); lines without a
 * colon continue the previous value, joined by commas. Keys lose white space and are sanitised
 * like {@code eventlogmessage}'s; values lose tabs and line breaks.
 */
final class WindowsEventStage extends EventMessageStage {

    WindowsEventStage(WindowsEventConfig c, StageContext ctx) throws StageException {
        super(c.source(), c.dropInvalidLabels(), c.overwriteExisting(), ctx);
    }

    @Override
    protected void extract(EntryState e, String message) {
        String[] sections = message.split("\r\n\r\n", -1);
        for (int i = 0; i < sections.length; i++) {
            if (i == 0) {
                field(e, "Description", sections[0]);
                continue;
            }
            String[] lines = sections[i].split("\r\n", -1);
            String prefix = "";
            int j = 0;
            while (j < lines.length) {
                int colon = lines[j].indexOf(':');
                if (colon < 0) {
                    j++;
                    continue;
                }
                String key = lines[j].substring(0, colon);
                StringBuilder value = new StringBuilder(lines[j].substring(colon + 1));
                j++;
                if (value.isEmpty()) {
                    if (j == 1) {
                        prefix = key;
                    }
                    continue;
                }
                while (j < lines.length && !lines[j].isEmpty() && lines[j].indexOf(':') < 0) {
                    value.append(',').append(lines[j]);
                    j++;
                }
                field(e, prefix.isEmpty() ? key : prefix + "_" + key, value.toString());
            }
        }
    }

    /** Keys lose all white space, values their tabs and line breaks. */
    private void field(EntryState e, String rawKey, String rawValue) {
        put(e, strip(rawKey, " \t\r\n"), strip(rawValue, "\t\r\n").strip());
    }

    private static String strip(String s, String chars) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (sb != null) {
                sb.append(s.charAt(i));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
