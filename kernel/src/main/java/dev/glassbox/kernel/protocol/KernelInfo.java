package dev.glassbox.kernel.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.glassbox.kernel.wire.MessageFactory;

/**
 * kernel_info_reply's content, the same on shell and control: protocol version, the
 * implementation, and language_info as ipykernel reports it for Python 3.11 (so notebooks,
 * nbconvert and pygments treat cells as IPython-flavoured Python).
 */
public final class KernelInfo {
    public static final String IMPLEMENTATION = "glassbox";
    public static final String IMPLEMENTATION_VERSION = "0.1.0";
    public static final String PYTHON_VERSION = "3.11.7";

    private KernelInfo() {}

    public static JsonObject content(String runtimeBanner) {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("protocol_version", MessageFactory.PROTOCOL_VERSION);
        c.addProperty("implementation", IMPLEMENTATION);
        c.addProperty("implementation_version", IMPLEMENTATION_VERSION);
        JsonObject li = new JsonObject();
        li.addProperty("name", "python");
        li.addProperty("version", PYTHON_VERSION);
        li.addProperty("mimetype", "text/x-python");
        li.addProperty("file_extension", ".py");
        li.addProperty("pygments_lexer", "ipython3");
        JsonObject cm = new JsonObject();
        cm.addProperty("name", "ipython");
        cm.addProperty("version", 3);
        li.add("codemirror_mode", cm);
        li.addProperty("nbconvert_exporter", "python");
        c.add("language_info", li);
        // As ipykernel's: the Python version line (sys.version's form), then the kernel's own
        // line; the same before and after the runtime has booted.
        c.addProperty("banner", "Python " + PYTHON_VERSION + " (Glassbox " + IMPLEMENTATION_VERSION + ") [Java "
                + Runtime.version() + "]\n" + runtimeBanner + "\n"
                + "Magics: %lsmagic lists them; NAME? shows help.\n");
        c.addProperty("debugger", false);
        c.add("supported_features", new JsonArray());
        JsonArray links = new JsonArray();
        links.add(link("Python Reference", "https://docs.python.org/3.11"));
        links.add(link("Jupyter messaging", "https://jupyter-client.readthedocs.io/en/latest/messaging.html"));
        c.add("help_links", links);
        return c;
    }

    private static JsonObject link(String text, String url) {
        JsonObject o = new JsonObject();
        o.addProperty("text", text);
        o.addProperty("url", url);
        return o;
    }
}
