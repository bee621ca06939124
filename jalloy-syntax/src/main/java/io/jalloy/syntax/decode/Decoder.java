package io.jalloy.syntax.decode;

import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.Node;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.decode.internal.Codecs;
import io.jalloy.syntax.decode.internal.DecodeFailure;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueException;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Decodes Alloy blocks and values into Java records declared with {@link Attr}, {@link Block},
 * {@link Enum}, {@link Label} and {@link Squash}: how components declare their arguments.
 *
 * <p>Defaults: a record may declare {@code static R defaults()}; decoding starts from that
 * instance, so absent optional fields keep its values (a nested block, when written, starts from
 * its own record's {@code defaults()}). Without it, fields start at zero values ({@code ""},
 * {@code 0}, {@code false}, empty lists and maps, {@code Optional.empty()}, null). After decoding,
 * a record implementing {@link Validating} is validated. Record metadata is computed once per
 * class. A decoder is immutable and may be shared between threads.
 */
public final class Decoder {
    private final Evaluator evaluator;

    public Decoder(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Decodes a block's body, with its label going to the record's {@link Label} component.
     * Throws every problem found, each at its {@code file:line:col}.
     */
    public <T> T decodeBlock(BlockStmt block, Class<T> type, Scope scope) throws Diagnostics {
        BodyDecoder d = new BodyDecoder(evaluator, scope);
        Object result = d.block(block, type);
        d.finish();
        return type.cast(result);
    }

    /**
     * Decodes statements (a component's body, or a whole file) into a record, ignoring labels;
     * {@code enclosing} is where missing attributes are reported (null for a file).
     */
    public <T> T decodeBody(List<Stmt> body, Node enclosing, Class<T> type, Scope scope) throws Diagnostics {
        BodyDecoder d = new BodyDecoder(evaluator, scope);
        Object result = d.body(body, enclosing, type, null);
        d.finish();
        return type.cast(result);
    }

    /** Decodes a value into a Java type (a record, {@code List<String>}, {@code Duration}, ...). */
    public static Object decodeValue(Value value, Type type) throws ValueException {
        try {
            return Codecs.forType(type).decodeOrZero(value);
        } catch (DecodeFailure f) {
            throw f.toValueException();
        }
    }

    /** Decodes a value into a Java class. */
    public static <T> T decodeValue(Value value, Class<T> type) throws ValueException {
        @SuppressWarnings("unchecked")
        T t = (T) decodeValue(value, (Type) type);
        return t;
    }
}
