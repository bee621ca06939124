package io.jalloy.syntax.vm;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.value.ArrayValue;
import io.jalloy.syntax.value.CapsuleValue;
import io.jalloy.syntax.value.NullValue;
import io.jalloy.syntax.value.NumberValue;
import io.jalloy.syntax.value.ObjectConvertible;
import io.jalloy.syntax.value.ObjectValue;
import io.jalloy.syntax.value.StringValue;
import io.jalloy.syntax.value.Value;
import io.jalloy.syntax.value.ValueType;
import io.jalloy.syntax.value.Values;

/**
 * Field access ({@code a.b}) and indexing ({@code a[i]}). A missing key read with {@code .} is an
 * error but with {@code []} is null, as in Alloy. Capsules that are {@link ObjectConvertible} read
 * as their object view.
 */
final class Access {
    private Access() {}

    static Value field(AccessExpr access, Value target) throws EvalFailure {
        String name = access.name().name();
        if (target instanceof CapsuleValue c && c.value() instanceof ObjectConvertible oc) {
            target = oc.toObjectValue();
        }
        return switch (target) {
            case ObjectValue obj -> {
                Value v = obj.get(name);
                if (v == null) {
                    throw EvalFailure.at(access.name(), "field \"" + name + "\" does not exist");
                }
                yield v;
            }
            case CapsuleValue c -> throw EvalFailure.about(access.value(),
                    "expected object or array or a capsule convertible to an object, got capsule");
            default -> throw EvalFailure.about(access.value(),
                    "cannot access field \"" + name + "\" on value of type " + target.type());
        };
    }

    static Value index(IndexExpr index, Value target, Value idx) throws EvalFailure {
        if (target instanceof CapsuleValue c && c.value() instanceof ObjectConvertible oc) {
            target = oc.toObjectValue();
        }
        return switch (target) {
            case ArrayValue array -> {
                if (!(idx instanceof NumberValue n)) {
                    throw Operators.shouldBe(index.index(), ValueType.NUMBER, idx);
                }
                long i = Values.asInt(n);
                int at = (int) i; // Go converts to int; on 64-bit that keeps all bits
                if (i < 0 || i >= array.size()) {
                    throw EvalFailure.about(index.index(),
                            "index " + i + " is out of range of array with length " + array.size());
                }
                yield array.get(at);
            }
            case ObjectValue obj -> {
                if (!(idx instanceof StringValue key)) {
                    throw Operators.shouldBe(index.index(), ValueType.STRING, idx);
                }
                Value v = obj.get(key.value());
                yield v == null ? NullValue.INSTANCE : v;
            }
            case CapsuleValue c -> throw EvalFailure.about(index.value(),
                    "expected object or array or a capsule convertible to an object, got capsule");
            default -> throw EvalFailure.about(index.value(), "expected object or array, got " + target.type());
        };
    }
}
