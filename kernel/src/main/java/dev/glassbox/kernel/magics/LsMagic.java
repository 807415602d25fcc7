package dev.glassbox.kernel.magics;

import dev.glassbox.kernel.display.HtmlTable;
import dev.glassbox.kernel.display.MimeBundle;
import dev.glassbox.kernel.session.Engine;
import java.util.List;

/** {@code %lsmagic}: the available magics, in IPython's text layout, plus an HTML list. */
final class LsMagic implements Magic {
    @Override
    public String name() {
        return "lsmagic";
    }

    @Override
    public boolean isLine() {
        return true;
    }

    @Override
    public boolean isCell() {
        return false;
    }

    @Override
    public String doc() {
        return "%lsmagic\n\nList currently available magic functions.";
    }

    @Override
    public Engine.Outcome run(String args, String body, MagicEnv env) {
        List<String> line = env.registry().lineNames();
        List<String> cell = env.registry().cellNames();
        String text = "Available line magics:\n" + join("%", line) + "\n\nAvailable cell magics:\n" + join("%%", cell)
                + "\n\nAutomagic is OFF, % prefix IS needed for line magics.";
        String html = "<p><b>Available line magics:</b><br>" + htmlJoin("%", line)
                + "</p><p><b>Available cell magics:</b><br>" + htmlJoin("%%", cell)
                + "</p><p>Automagic is OFF, % prefix IS needed for line magics.</p>";
        env.show(MimeBundle.textAndHtml(text, html));
        return Engine.Outcome.OK;
    }

    private static String join(String prefix, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : "  ").append(prefix).append(n);
        }
        return b.toString();
    }

    private static String htmlJoin(String prefix, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : "&nbsp; ").append("<code>").append(HtmlTable.escape(prefix + n)).append("</code>");
        }
        return b.toString();
    }
}
