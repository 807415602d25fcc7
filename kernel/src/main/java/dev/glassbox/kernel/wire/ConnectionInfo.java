package dev.glassbox.kernel.wire;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Jupyter connection file: transport, ip, the five ports, the HMAC key and its scheme, as
 * written by jupyter_client's {@code write_connection_file}. Endpoints follow jupyter_client's
 * rule: {@code tcp://ip:port}, or {@code ipc://ip-port} where {@code ip} is a path prefix.
 */
public record ConnectionInfo(
        String transport, String ip, int shellPort, int iopubPort, int stdinPort, int controlPort,
        int hbPort, String key, String signatureScheme) {

    public static ConnectionInfo read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the file's JSON; missing fields get jupyter_client's defaults. */
    public static ConnectionInfo parse(String json) {
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        String transport = str(o, "transport", "tcp");
        if (!transport.equals("tcp") && !transport.equals("ipc")) {
            throw new IllegalArgumentException("unknown transport " + transport);
        }
        String scheme = str(o, "signature_scheme", "hmac-sha256");
        if (!scheme.equals("hmac-sha256")) {
            throw new IllegalArgumentException("unsupported signature_scheme " + scheme + " (only hmac-sha256)");
        }
        return new ConnectionInfo(transport, str(o, "ip", "127.0.0.1"),
                port(o, "shell_port"), port(o, "iopub_port"), port(o, "stdin_port"),
                port(o, "control_port"), port(o, "hb_port"), str(o, "key", ""), scheme);
    }

    /** The endpoint to bind for one port. */
    public String endpoint(int port) {
        if (transport.equals("ipc")) {
            return "ipc://" + ip + "-" + port;
        }
        String host = ip.isEmpty() || ip.equals("0.0.0.0") ? "*" : ip;
        return "tcp://" + host + ":" + port;
    }

    /** The JSON of a connection file, as a client writes it (tests and the benchmark use it). */
    public String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("transport", transport);
        o.addProperty("ip", ip);
        o.addProperty("shell_port", shellPort);
        o.addProperty("iopub_port", iopubPort);
        o.addProperty("stdin_port", stdinPort);
        o.addProperty("control_port", controlPort);
        o.addProperty("hb_port", hbPort);
        o.addProperty("key", key);
        o.addProperty("signature_scheme", signatureScheme);
        o.addProperty("kernel_name", "glassbox");
        return o.toString();
    }

    private static String str(JsonObject o, String name, String dflt) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : dflt;
    }

    private static int port(JsonObject o, String name) {
        if (!o.has(name)) {
            throw new IllegalArgumentException("connection file has no " + name);
        }
        int p = o.get(name).getAsInt();
        if (p <= 0 || p > 65535) {
            throw new IllegalArgumentException(name + " " + p + " is not a port (ports must be chosen by the client)");
        }
        return p;
    }
}
