package dev.glassbox.modules;

import dev.glassbox.objects.Errors;
import dev.glassbox.objects.Exposed;
import dev.glassbox.objects.ModuleBuilder;
import dev.glassbox.objects.PyBool;
import dev.glassbox.objects.PyException;
import dev.glassbox.objects.PyInt;
import dev.glassbox.objects.PyModule;
import dev.glassbox.objects.PyNone;
import dev.glassbox.objects.PyObject;
import dev.glassbox.objects.PyStr;
import dev.glassbox.objects.PyTuple;
import dev.glassbox.objects.PyType;
import dev.glassbox.objects.numbers.FormatStringParser;
import dev.glassbox.objects.numbers.NumberError;

/**
 * {@code _string} (Objects/unicodeobject.c, Objects/stringlib/unicode_format.h): the two
 * helpers string.Formatter uses, over the str.format template parser that str.format itself
 * uses ({@link FormatStringParser}).
 */
@Exposed.Module(name = "_string", doc = "string helper module")
public final class StringModule {
    private StringModule() {}

    public static PyModule create() {
        return ModuleBuilder.build(StringModule.class);
    }

    static PyException convert(NumberError e) {
        return switch (e.kind()) {
            case OVERFLOW_ERROR -> Errors.overflowError("%s", e.getMessage());
            case TYPE_ERROR -> Errors.typeError("%s", e.getMessage());
            case ZERO_DIVISION_ERROR -> Errors.zeroDivisionError("%s", e.getMessage());
            case MEMORY_ERROR -> Errors.memoryError();
            default -> Errors.valueError("%s", e.getMessage());
        };
    }

    static PyStr text(PyObject o, String fn) {
        if (!(o instanceof PyStr s)) throw Errors.typeError("%s() argument must be str, not %s", fn, o.type.qualname);
        return s;
    }

    @Exposed.Function(sig = "($module, format_string, /)", conv = Exposed.Convention.O)
    public static PyObject formatter_parser(PyObject s) {
        return new FormatterIter(text(s, "formatter_parser").value);
    }

    @Exposed.Function(sig = "($module, field_name, /)", conv = Exposed.Convention.O)
    public static PyObject formatter_field_name_split(PyObject s) {
        FormatStringParser.FieldName f;
        try {
            f = FormatStringParser.splitFieldName(text(s, "formatter_field_name_split").value);
        } catch (NumberError e) {
            throw convert(e);
        }
        PyObject first = f.firstIndex() >= 0 ? PyInt.of(f.firstIndex()) : PyStr.of(f.first());
        return PyTuple.of(first, new FieldNameIter(f.rest()));
    }

    /** formatteriterator: (literal, field_name, format_spec, conversion) per piece. */
    @Exposed.Type(name = "formatteriterator", baseType = false, gc = true)
    public static final class FormatterIter extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(FormatterIter.class);
        final FormatStringParser.Markup markup;

        public FormatterIter(PyType t) {
            super(t, 0);
            markup = new FormatStringParser.Markup("");
        }

        FormatterIter(String template) {
            super(TYPE, 0);
            markup = new FormatStringParser.Markup(template);
        }

        @Override
        public PyObject next() {
            FormatStringParser.Piece p;
            try {
                p = markup.next();
            } catch (NumberError e) {
                throw convert(e);
            }
            if (p == null) return null;
            if (p.fieldName() == null) return PyTuple.of(PyStr.of(p.literal()), PyNone.NONE, PyNone.NONE, PyNone.NONE);
            PyObject conv = p.conversion() == 0 ? PyNone.NONE : PyStr.of(new String(Character.toChars(p.conversion())));
            return PyTuple.of(PyStr.of(p.literal()), PyStr.of(p.fieldName()), PyStr.of(p.formatSpec()), conv);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }

    /** fieldnameiterator: (is_attribute, key) per '.name' or '[key]'. */
    @Exposed.Type(name = "fieldnameiterator", baseType = false, gc = true)
    public static final class FieldNameIter extends ItertoolsBase {
        public static final PyType TYPE = PyType.fromClass(FieldNameIter.class);
        final FormatStringParser.Accessors acc;

        public FieldNameIter(PyType t) {
            super(t, 0);
            acc = new FormatStringParser.Accessors("");
        }

        FieldNameIter(String rest) {
            super(TYPE, 0);
            acc = new FormatStringParser.Accessors(rest);
        }

        @Override
        public PyObject next() {
            FormatStringParser.Accessor a;
            try {
                a = acc.next();
            } catch (NumberError e) {
                throw convert(e);
            }
            if (a == null) return null;
            PyObject key = !a.isAttribute() && a.index() >= 0 ? PyInt.of(a.index()) : PyStr.of(a.name());
            return PyTuple.of(PyBool.of(a.isAttribute()), key);
        }

        @Exposed.Method public PyObject __iter__() { return this; }
        @Exposed.Method public PyObject __next__() { return nextOrStop(); }
    }
}
