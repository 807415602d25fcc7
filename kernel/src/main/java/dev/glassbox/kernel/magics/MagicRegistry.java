package dev.glassbox.kernel.magics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The magics the kernel knows, by name, in two namespaces (line and cell) as IPython's
 * {@code MagicsManager}. {@link #standard()} has everything Glassbox offers; the ones that need
 * introspection reports are {@link PendingMagic}s answered by {@code Engine.introspect}.
 */
public final class MagicRegistry {
    private final Map<String, Magic> line = new TreeMap<>();
    private final Map<String, Magic> cell = new TreeMap<>();

    public static MagicRegistry standard() {
        MagicRegistry r = new MagicRegistry();
        r.register(new LsMagic());
        r.register(new TimeMagic());
        r.register(new TimeitMagic());
        r.register(new TraceMagic());
        r.register(new PendingMagic("dis", true, true, "%dis OBJ / %%dis: the runtime's disassembly, grouped by source line."));
        r.register(new PendingMagic("tokens", true, true, "%tokens [-e] SOURCE / %%tokens [-e]: the tokenizer's tokens, as python3 -m tokenize shows them."));
        r.register(new PendingMagic("ast", true, true, "%ast [-m MODE] [-a] [-i INDENT] SOURCE / %%ast: the parser's tree, as python3 -m ast shows it."));
        r.register(new PendingMagic("gc", true, false, "%gc [collect [gen]]: per-generation counts and thresholds, get_stats, collection history."));
        r.register(new PendingMagic("heap", true, false, "%heap: live objects by type with counts and bytes; allocator arenas, pools and blocks."));
        r.register(new PendingMagic("modules", true, false, "%modules: the import cache: each module's origin, file, load time and import order."));
        r.register(new PendingMagic("who", true, false, "%who [type...]: names of the interactive variables."));
        r.register(new PendingMagic("whos", true, false, "%whos [type...]: interactive variables with type and value, as a table."));
        r.register(new PendingMagic("reset", true, false, "%reset [-f]: clear the interactive namespace."));
        return r;
    }

    public void register(Magic m) {
        if (m.isLine()) {
            line.put(m.name(), m);
        }
        if (m.isCell()) {
            cell.put(m.name(), m);
        }
    }

    public Magic line(String name) {
        return line.get(name);
    }

    public Magic cell(String name) {
        return cell.get(name);
    }

    public List<String> lineNames() {
        return new ArrayList<>(line.keySet());
    }

    public List<String> cellNames() {
        return new ArrayList<>(cell.keySet());
    }
}
