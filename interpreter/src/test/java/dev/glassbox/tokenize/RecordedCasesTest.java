package dev.glassbox.tokenize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both token streams and the source reader against CPython's recorded answers
 * (src/test/resources/tokenize, see its README): every error message of the C tokenizer,
 * the sample files' {@code python3 -m tokenize} output, the C tokenizer's token stream, and
 * how compile() and {@code python3 FILE} read encodings.
 */
class RecordedCasesTest {

    private static void assertNone(List<String> diffs) {
        assertTrue(diffs.isEmpty(), diffs.size() + " differ:\n" + String.join("\n", diffs));
    }

    @Test
    void parserStreamErrorsMatchCompile() {
        assertTrue(TokenizeCases.files("errors", ".py").size() > 50, "the recorded error cases are present");
        assertNone(TokenizeCases.errorDifferences());
    }

    @Test
    void sampleFilesMatchTokenizeModuleAndCTokenizer() {
        assertTrue(TokenizeCases.files("samples", ".py").size() > 20, "the recorded samples are present");
        assertNone(TokenizeCases.sampleDifferences());
    }

    @Test
    void compileOfBytesReadsEncodingsAsCPython() {
        assertNone(TokenizeCases.encodingDifferences());
    }

    @Test
    void scriptFilesReadAsPython3File() {
        assertNone(TokenizeCases.scriptDifferences());
    }

    @Test
    void bytesLiteralHelperDecodesEscapes() {
        assertEquals("a\n\u00ff'", new String(TokenizeCases.bytesLiteral("b'a\\n\\xff\\''"),
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
