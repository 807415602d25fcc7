package dev.glassbox.modules.os;

import dev.glassbox.objects.Abstract;
import dev.glassbox.objects.Errors;
import dev.glassbox.objects.ExceptionTypes;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyFloat;
import dev.glassbox.objects.PyGetSetDescr;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.StructSeq;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * {@code time} (Modules/timemodule.c) over java.time: clocks, sleep (interruptible: Ctrl-C
 * and the kernel's interrupt raise KeyboardInterrupt), struct_time conversions in UTC and the
 * system zone, and strftime with the C locale's directives. strptime is Lib/_strptime.py's.
 */
@Exposed.Module(name = "time", doc = "This module provides various functions to manipulate time values.")
public final class TimeModule {
    private TimeModule() {}

    static PyType structTime;
    private static final long START_NANOS = System.nanoTime();
    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

    public static PyModule create() {
        PyModule m = ModuleBuilder.build(TimeModule.class);
        structTime = StructSeq.newType("time", "struct_time", FIELDS);
        // tm_zone and tm_gmtoff are attributes outside the 9-tuple, derived from the system zone.
        structTime.dict.setItem("tm_zone", PyGetSetDescr.ofFunctions(structTime, "tm_zone", o -> PyStr.of(zoneName(o)), null, null));
        structTime.dict.setItem("tm_gmtoff", PyGetSetDescr.ofFunctions(structTime, "tm_gmtoff", o -> PyInt.of(gmtoff(o)), null, null));
        structTime.dict.setItem("n_fields", PyInt.of(11));
        structTime.modified();
        m.dict().setItem("struct_time", structTime);
        ZoneId z = ZoneId.systemDefault();
        int year = LocalDateTime.now().getYear();
        int jan = -z.getRules().getOffset(LocalDateTime.of(year, 1, 1, 0, 0).atZone(z).toInstant()).getTotalSeconds();
        int jul = -z.getRules().getOffset(LocalDateTime.of(year, 7, 1, 0, 0).atZone(z).toInstant()).getTotalSeconds();
        int std = Math.max(jan, jul), dst = Math.min(jan, jul);
        m.dict().setItem("timezone", PyInt.of(std));
        m.dict().setItem("altzone", PyInt.of(dst));
        m.dict().setItem("daylight", PyInt.of(jan != jul ? 1 : 0));
        String stdName = shortName(z, jan == std ? 1 : 7, year), dstName = shortName(z, jan == std ? 7 : 1, year);
        m.dict().setItem("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(dstName)));
        for (String[] c : new String[][] {{"CLOCK_REALTIME", "0"}, {"CLOCK_MONOTONIC", "1"}, {"CLOCK_PROCESS_CPUTIME_ID", "2"},
                {"CLOCK_THREAD_CPUTIME_ID", "3"}, {"CLOCK_MONOTONIC_RAW", "4"}, {"CLOCK_BOOTTIME", "7"}, {"CLOCK_TAI", "11"}}) {
            m.dict().setItem(c[0], PyInt.of(Long.parseLong(c[1])));
        }
        m.dict().setItem("_STRUCT_TM_ITEMS", PyInt.of(11));
        return m;
    }

    private static String shortName(ZoneId z, int month, int year) {
        ZonedDateTime t = LocalDateTime.of(year, month, 1, 0, 0).atZone(z);
        String s = t.format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT));
        return s.equals("Z") || s.equals("GMT") && z.getId().equals("UTC") ? "UTC" : s;
    }

    // ------------------------------------------------------------------ clocks

    private static long epochNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Exposed.Function(sig = "($module, /)", doc = "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\n"
            + "Fractions of a second may be present if the system clock provides them.")
    public static PyObject time() { return PyFloat.of(epochNanos() / 1e9); }

    @Exposed.Function(sig = "($module, /)", doc = "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.")
    public static PyObject time_ns() { return PyInt.of(epochNanos()); }

    @Exposed.Function(sig = "($module, /)", doc = "perf_counter() -> float\n\nPerformance counter for benchmarking.")
    public static PyObject perf_counter() { return PyFloat.of((System.nanoTime() - START_NANOS) / 1e9); }

    @Exposed.Function(sig = "($module, /)", doc = "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.")
    public static PyObject perf_counter_ns() { return PyInt.of(System.nanoTime() - START_NANOS); }

    @Exposed.Function(sig = "($module, /)", doc = "monotonic() -> float\n\nMonotonic clock, cannot go backward.")
    public static PyObject monotonic() { return PyFloat.of(System.nanoTime() / 1e9); }

    @Exposed.Function(sig = "($module, /)", doc = "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.")
    public static PyObject monotonic_ns() { return PyInt.of(System.nanoTime()); }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos)
                .orElseGet(() -> bean.getCurrentThreadCpuTime());
    }

    @Exposed.Function(sig = "($module, /)", doc = "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time.")
    public static PyObject process_time() { return PyFloat.of(cpuNanos() / 1e9); }

    @Exposed.Function(sig = "($module, /)", doc = "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.")
    public static PyObject process_time_ns() { return PyInt.of(cpuNanos()); }

    @Exposed.Function(sig = "($module, /)", doc = "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time.")
    public static PyObject thread_time() {
        return PyFloat.of(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
    }

    @Exposed.Function(sig = "($module, /)", doc = "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.")
    public static PyObject thread_time_ns() {
        return PyInt.of(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    @Exposed.Function(sig = "($module, seconds, /)", doc = "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
            + "a floating point number for subsecond precision.")
    public static PyObject sleep(PyObject secs) {
        double s = Abstract.asDouble(secs);
        if (Double.isNaN(s)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw Errors.valueError("sleep length must be non-negative");
        // The GIL is released while sleeping; a signal's handler runs at once (PEP 475).
        dev.glassbox.vm.Blocking.sleep(dev.glassbox.vm.Blocking.deadline(s));
        return PyNone.NONE;
    }

    @Exposed.Function(sig = "($module, name, /)", doc = "get_clock_info(name: str) -> dict\n\nGet information of the specified clock.")
    public static PyObject get_clock_info(PyObject name) {
        String n = name instanceof PyStr s ? s.value : "";
        String impl;
        boolean mono, adj;
        double res;
        switch (n) {
            case "time" -> { impl = "clock_gettime(CLOCK_REALTIME)"; mono = false; adj = true; res = 1e-9; }
            case "monotonic", "perf_counter" -> { impl = "clock_gettime(CLOCK_MONOTONIC)"; mono = true; adj = false; res = 1e-9; }
            case "process_time" -> { impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; mono = true; adj = false; res = 1e-9; }
            case "thread_time" -> { impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; mono = true; adj = false; res = 1e-9; }
            default -> throw Errors.valueError("unknown clock");
        }
        PyObject ns = Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("types"));
        PyObject simple = Abstract.getAttr(ns, "SimpleNamespace");
        PyObject info = Abstract.call(simple);
        Abstract.setAttr(info, PyStr.of("implementation"), PyStr.of(impl));
        Abstract.setAttr(info, PyStr.of("monotonic"), dev.glassbox.objects.PyBool.of(mono));
        Abstract.setAttr(info, PyStr.of("adjustable"), dev.glassbox.objects.PyBool.of(adj));
        Abstract.setAttr(info, PyStr.of("resolution"), PyFloat.of(res));
        return info;
    }

    // ------------------------------------------------------------------ struct_time

    private static double secondsArg(PyObject secs) {
        if (secs == null || secs == PyNone.NONE) return epochNanos() / 1e9;
        if (secs instanceof PyFloat f && (Double.isNaN(f.value) || Double.isInfinite(f.value))) {
            throw Errors.valueError(Double.isNaN(f.value) ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t");
        }
        return Abstract.asDouble(secs);
    }

    private static PyTuple struct(ZonedDateTime t) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        return StructSeq.make(structTime, PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()),
                PyInt.of(t.getHour()), PyInt.of(t.getMinute()), PyInt.of(t.getSecond()),
                PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()), PyInt.of(dst ? 1 : 0));
    }

    private static ZonedDateTime at(double secs, ZoneId z) {
        long whole = (long) Math.floor(secs);
        if (Math.abs(secs) > 1e17) throw Errors.overflowError("timestamp out of range for platform time_t");
        return Instant.ofEpochSecond(whole).atZone(z);
    }

    @Exposed.Function(sig = "($module, seconds=None, /)", doc = "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
            + "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
            + "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
            + "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
            + "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
            + "attributes only.")
    public static PyObject gmtime(PyObject secs) {
        PyTuple t = struct(at(secondsArg(secs), ZoneOffset.UTC));
        UTC_STRUCTS.put(t, Boolean.TRUE);
        return t;
    }

    /** struct_times made by gmtime: their tm_zone is "GMT" and tm_gmtoff 0 (the fields CPython keeps beyond the tuple). */
    private static final java.util.Map<PyObject, Boolean> UTC_STRUCTS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    @Exposed.Function(sig = "($module, seconds=None, /)", doc = "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
            + "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
            + "Convert seconds since the Epoch to a time tuple expressing local time.\n"
            + "When 'seconds' is not passed in, convert the current time instead.")
    public static PyObject localtime(PyObject secs) { return struct(at(secondsArg(secs), ZoneId.systemDefault())); }

    /** The nine fields of a struct_time or 9-tuple, checked as CPython's gettmarg. */
    private static int[] tm(PyObject t, String fn) {
        if (!(t instanceof PyTuple tup)) throw Errors.typeError("Tuple or struct_time argument required");
        if (tup.size() != 9) throw Errors.typeError("%s(): illegal time tuple argument", fn);
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) v[i] = (int) Abstract.indexAsLong(tup.get(i));
        return v;
    }

    private static LocalDateTime local(int[] v) {
        return LocalDateTime.of(v[0], 1, 1, 0, 0).plusMonths(v[1] - 1).plusDays(v[2] - 1).plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5]);
    }

    @Exposed.Function(sig = "($module, struct_time, /)", doc = "mktime(tuple) -> floating point number\n\n"
            + "Convert a time tuple in local time to seconds since the Epoch.\n"
            + "Note that mktime(gmtime(0)) will not generally return zero for most\n"
            + "time zones; instead the returned value will either be equal to that\n"
            + "of the timezone or altzone attributes on the time module.")
    public static PyObject mktime(PyObject t) {
        int[] v = tm(t, "mktime");
        return PyFloat.of(local(v).atZone(ZoneId.systemDefault()).toEpochSecond());
    }

    private static String zoneName(PyObject o) {
        if (UTC_STRUCTS.containsKey(o)) return "GMT";
        return shortName(ZoneId.systemDefault(), ((PyInt) ((PyTuple) o).get(1)).asInt(), ((PyInt) ((PyTuple) o).get(0)).asInt());
    }

    private static long gmtoff(PyObject o) {
        if (UTC_STRUCTS.containsKey(o)) return 0;
        int[] v = tm(o, "gmtoff");
        return local(v).atZone(ZoneId.systemDefault()).getOffset().getTotalSeconds();
    }

    private static int[] tmOrNow(PyObject t, String fn) {
        if (t == null || t == PyNone.NONE) {
            PyTuple now = (PyTuple) localtime(PyNone.NONE);
            return tm(now, fn);
        }
        return tm(t, fn);
    }

    @Exposed.Function(sig = "($module, tuple=<unrepresentable>, /)", doc = "asctime([tuple]) -> string\n\n"
            + "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
            + "When the time tuple is not present, current time as returned by localtime()\n"
            + "is used.")
    public static PyObject asctime(PyObject t) {
        int[] v = tmOrNow(t, "asctime");
        return PyStr.of(asc(v));
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static String asc(int[] v) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[Math.floorMod(v[6], 7)], MONTHS[Math.floorMod(v[1] - 1, 12)],
                v[2], v[3], v[4], v[5], v[0]);
    }

    @Exposed.Function(sig = "($module, seconds=None, /)", doc = "ctime(seconds) -> string\n\n"
            + "Convert a time in seconds since the Epoch to a string in local time.\n"
            + "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
            + "not present, current time as returned by localtime() is used.")
    public static PyObject ctime(PyObject secs) {
        return PyStr.of(asc(tm(localtime(secs), "ctime")));
    }

    @Exposed.Function(sig = "($module, format, tuple=<unrepresentable>, /)", doc = "strftime(format[, tuple]) -> string\n\n"
            + "Convert a time tuple to a string according to a format specification.\n"
            + "See the library reference manual for formatting codes. When the time tuple\n"
            + "is not present, current time as returned by localtime() is used.")
    public static PyObject strftime(PyObject format, PyObject t) {
        if (!(format instanceof PyStr f)) throw Errors.typeError("strftime() argument 1 must be str, not %s", format.type.name);
        int[] v = tmOrNow(t, "strftime");
        if (v[1] < 1 || v[1] > 12) throw Errors.valueError("month out of range");
        if (v[2] < 1 || v[2] > 31) throw Errors.valueError("day of month out of range");
        if (v[3] < 0 || v[3] > 23) throw Errors.valueError("hour out of range");
        if (v[4] < 0 || v[4] > 59) throw Errors.valueError("minute out of range");
        if (v[5] < 0 || v[5] > 61) throw Errors.valueError("seconds out of range");
        if (v[7] < 0 || v[7] > 366) throw Errors.valueError("day of year out of range");
        return PyStr.of(Strftime.format(f.value, v));
    }

    /** The C locale's strftime directives over the nine struct_time fields. */
    static final class Strftime {
        private Strftime() {}

        static String format(String fmt, int[] v) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < fmt.length(); i++) {
                char c = fmt.charAt(i);
                if (c != '%' || i + 1 >= fmt.length()) {
                    b.append(c);
                    continue;
                }
                char d = fmt.charAt(++i);
                int wday = Math.floorMod(v[6], 7);   // Monday = 0
                int hour12 = v[3] % 12 == 0 ? 12 : v[3] % 12;
                switch (d) {
                    case 'a' -> b.append(DAYS[wday]);
                    case 'A' -> b.append(DayOfWeek.of(wday + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                    case 'b', 'h' -> b.append(MONTHS[v[1] - 1]);
                    case 'B' -> b.append(java.time.Month.of(v[1]).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                    case 'c' -> b.append(asc(v));
                    case 'C' -> b.append(String.format("%02d", Math.floorDiv(v[0], 100)));
                    case 'd' -> b.append(String.format("%02d", v[2]));
                    case 'D' -> b.append(String.format("%02d/%02d/%02d", v[1], v[2], Math.floorMod(v[0], 100)));
                    case 'e' -> b.append(String.format("%2d", v[2]));
                    case 'F' -> b.append(String.format("%d-%02d-%02d", v[0], v[1], v[2]));
                    case 'H' -> b.append(String.format("%02d", v[3]));
                    case 'I' -> b.append(String.format("%02d", hour12));
                    case 'j' -> b.append(String.format("%03d", v[7]));
                    case 'k' -> b.append(String.format("%2d", v[3]));
                    case 'l' -> b.append(String.format("%2d", hour12));
                    case 'm' -> b.append(String.format("%02d", v[1]));
                    case 'M' -> b.append(String.format("%02d", v[4]));
                    case 'n' -> b.append('\n');
                    case 'p' -> b.append(v[3] < 12 ? "AM" : "PM");
                    case 'r' -> b.append(String.format("%02d:%02d:%02d %s", hour12, v[4], v[5], v[3] < 12 ? "AM" : "PM"));
                    case 'R' -> b.append(String.format("%02d:%02d", v[3], v[4]));
                    case 'S' -> b.append(String.format("%02d", v[5]));
                    case 't' -> b.append('\t');
                    case 'T', 'X' -> b.append(String.format("%02d:%02d:%02d", v[3], v[4], v[5]));
                    case 'u' -> b.append(wday + 1);
                    case 'w' -> b.append((wday + 1) % 7);
                    case 'x' -> b.append(String.format("%02d/%02d/%02d", v[1], v[2], Math.floorMod(v[0], 100)));
                    case 'y' -> b.append(String.format("%02d", Math.floorMod(v[0], 100)));
                    case 'Y' -> b.append(v[0]);
                    case 'U' -> b.append(String.format("%02d", (v[7] - 1 + 7 - (wday + 1) % 7) / 7));
                    case 'W' -> b.append(String.format("%02d", (v[7] - 1 + 7 - wday) / 7));
                    case 'G', 'g', 'V' -> {
                        var date = java.time.LocalDate.of(v[0], v[1], v[2]);
                        int wy = date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
                        int wk = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                        b.append(d == 'G' ? String.valueOf(wy) : d == 'g' ? String.format("%02d", wy % 100) : String.format("%02d", wk));
                    }
                    case 'z' -> {
                        int off = local(v).atZone(ZoneId.systemDefault()).getOffset().getTotalSeconds();
                        b.append(off < 0 ? '-' : '+').append(String.format("%02d%02d", Math.abs(off) / 3600, Math.abs(off) / 60 % 60));
                    }
                    case 'Z' -> b.append(shortName(ZoneId.systemDefault(), v[1], v[0]));
                    case 's' -> b.append(local(v).atZone(ZoneId.systemDefault()).toEpochSecond());
                    case '%' -> b.append('%');
                    default -> b.append('%').append(d);
                }
            }
            return b.toString();
        }
    }

    @Exposed.Function(sig = "($module, string, format='%a %b %d %H:%M:%S %Y', /)", doc = "strptime(string, format) -> struct_time\n\n"
            + "Parse a string to a time tuple according to a format specification.\n"
            + "See the library reference manual for formatting codes (same as\n"
            + "strftime()).")
    public static PyObject strptime(PyObject string, PyObject format) {
        PyObject mod = Abstract.call(dev.glassbox.vm.Builtins.builtinsDict().getItemStr("__import__"), PyStr.of("_strptime"));
        return Abstract.call(Abstract.getAttr(mod, "_strptime_time"), string, format == null ? PyStr.of("%a %b %d %H:%M:%S %Y") : format);
    }
}
