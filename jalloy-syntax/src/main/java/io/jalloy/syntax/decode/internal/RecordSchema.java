package io.jalloy.syntax.decode.internal;

import io.jalloy.syntax.decode.Attr;
import io.jalloy.syntax.decode.Block;
import io.jalloy.syntax.decode.Enum;
import io.jalloy.syntax.decode.Label;
import io.jalloy.syntax.decode.Squash;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the decoder knows about one annotated record class: its attributes, blocks, enums, label
 * and squashed parts, its constructor and its {@code defaults()} factory. Computed once per
 * class (a {@link ClassValue}) and immutable afterwards, so decoding does no annotation lookups.
 */
public final class RecordSchema {
    private static final ClassValue<RecordSchema> CACHE = new ClassValue<>() {
        @Override
        protected RecordSchema computeValue(Class<?> type) {
            return new RecordSchema(type);
        }
    };

    private final Class<?> type;
    private final Method[] accessors;
    private final Object[] zeros;
    private final Constructor<?> constructor;
    private final Method defaults;
    private final int label;
    private final RecordSchema[] squashed;
    private final List<Slot> slots;
    private final Map<String, Slot> byName;
    private final Map<String, EnumMember> enumMembers;
    private final Set<String> prefixes;
    private final boolean annotated;

    private RecordSchema(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] comps = type.getRecordComponents();
        accessors = new Method[comps.length];
        zeros = new Object[comps.length];
        squashed = new RecordSchema[comps.length];
        Class<?>[] params = new Class<?>[comps.length];
        int labelAt = -1;
        boolean anyAnnotation = false;
        List<Slot> all = new ArrayList<>();
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            params[i] = c.getType();
            accessors[i] = c.getAccessor();
            accessors[i].setAccessible(true);
            Type generic = c.getGenericType();
            zeros[i] = c.getType().isPrimitive() ? Codecs.forType(generic).zero() : safeZero(generic);
            if (c.isAnnotationPresent(Label.class)) {
                if (c.getType() != String.class) {
                    throw new IllegalArgumentException(where(c) + ": @Label must be a String");
                }
                labelAt = i;
                anyAnnotation = true;
            } else if (c.isAnnotationPresent(Squash.class)) {
                RecordSchema inner = of(c.getType());
                squashed[i] = inner;
                for (Slot s : inner.slots) {
                    all.add(new Slot(all.size(), s.name(), s.kind(), s.shape(), s.optional(), prepend(i, s.path()),
                            s.valueCodec(), s.element()));
                }
                anyAnnotation = true;
            } else {
                Slot s = slot(all.size(), c, i);
                if (s != null) {
                    all.add(s);
                    anyAnnotation = true;
                }
            }
        }
        label = labelAt;
        annotated = anyAnnotation;
        slots = List.copyOf(all);
        Map<String, Slot> names = new HashMap<>();
        Map<String, EnumMember> members = new HashMap<>();
        Set<String> dotted = new HashSet<>();
        for (Slot s : slots) {
            if (names.put(s.name(), s) != null) {
                throw new IllegalArgumentException(type.getName() + ": name \"" + s.name() + "\" used twice");
            }
            for (int dot = s.name().indexOf('.'); dot > 0; dot = s.name().indexOf('.', dot + 1)) {
                dotted.add(s.name().substring(0, dot));
            }
            if (s.kind() == Slot.Kind.ENUM) {
                RecordComponent[] elementComps = s.element().getRecordComponents();
                for (int m = 0; m < elementComps.length; m++) {
                    Block b = elementComps[m].getAnnotation(Block.class);
                    if (b != null) {
                        members.put(s.name() + "." + b.value(), new EnumMember(s, m, elementComps[m].getType()));
                    }
                }
            }
        }
        byName = Collections.unmodifiableMap(names);
        enumMembers = Collections.unmodifiableMap(members);
        prefixes = Collections.unmodifiableSet(dotted);
        try {
            constructor = type.getDeclaredConstructor(params);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        defaults = findDefaults(type);
    }

    /** The schema of a record class. */
    public static RecordSchema of(Class<?> type) {
        return CACHE.get(type);
    }

    /** Whether {@code type} is a record with at least one decoder annotation. */
    public static boolean isAnnotatedRecord(Class<?> type) {
        // Read the annotations directly rather than through of(type): a record may contain itself
        // (loki.process's stage.match holds stage blocks), and building its schema here would recurse.
        if (!type.isRecord()) {
            return false;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Label.class) || c.isAnnotationPresent(Squash.class)
                    || c.isAnnotationPresent(Attr.class) || c.isAnnotationPresent(Block.class)
                    || c.isAnnotationPresent(Enum.class)) {
                return true;
            }
        }
        return false;
    }

    // Whether a record declares a @Label component, without building its schema (see above).
    private static boolean declaresLabel(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(Label.class)) {
                return true;
            }
        }
        return false;
    }

    private static Slot slot(int id, RecordComponent c, int index) {
        int[] path = {index};
        Attr attr = c.getAnnotation(Attr.class);
        if (attr != null) {
            return new Slot(id, attr.value(), Slot.Kind.ATTR, Slot.Shape.NONE, attr.optional(), path,
                    Codecs.forType(c.getGenericType()), null);
        }
        Block block = c.getAnnotation(Block.class);
        if (block != null) {
            Class<?> raw = c.getType();
            if (raw == List.class) {
                Class<?> element = typeArgument(c, 0);
                TypeCodec codec = isAnnotatedRecord(element) && declaresLabel(element)
                        ? new LabeledBlocksCodec(new RecordCodec(element))
                        : Codecs.forType(c.getGenericType());
                return new Slot(id, block.value(), Slot.Kind.BLOCK, Slot.Shape.LIST, block.optional(), path, codec,
                        element);
            }
            if (raw == java.util.Optional.class) {
                return new Slot(id, block.value(), Slot.Kind.BLOCK, Slot.Shape.OPTIONAL, block.optional(), path,
                        Codecs.forType(c.getGenericType()), typeArgument(c, 0));
            }
            if (raw.isRecord()) {
                return new Slot(id, block.value(), Slot.Kind.BLOCK, Slot.Shape.SINGLE, block.optional(), path,
                        Codecs.forType(raw), raw);
            }
            return new Slot(id, block.value(), Slot.Kind.BLOCK, Slot.Shape.MAP, block.optional(), path,
                    Codecs.forType(c.getGenericType()), null);
        }
        Enum en = c.getAnnotation(Enum.class);
        if (en != null) {
            if (c.getType() != List.class) {
                throw new IllegalArgumentException(where(c) + ": @Enum must be a List of records");
            }
            return new Slot(id, en.value(), Slot.Kind.ENUM, Slot.Shape.LIST, en.optional(), path,
                    Codecs.forType(c.getGenericType()), typeArgument(c, 0));
        }
        return null;
    }

    private static Class<?> typeArgument(RecordComponent c, int i) {
        if (c.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[i] instanceof Class<?> k
                && k.isRecord()) {
            return k;
        }
        throw new IllegalArgumentException(where(c) + ": expected a List of records");
    }

    // Components without annotations only need a zero value; types the decoder cannot handle get null.
    private static Object safeZero(Type generic) {
        try {
            return Codecs.forType(generic).zero();
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    private static Method findDefaults(Class<?> type) {
        try {
            Method m = type.getDeclaredMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                m.setAccessible(true);
                return m;
            }
        } catch (NoSuchMethodException e) {
            // No defaults: components start at their zero values.
        }
        return null;
    }

    private static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static String where(RecordComponent c) {
        return c.getDeclaringRecord().getName() + "." + c.getName();
    }

    public Class<?> type() {
        return type;
    }

    /** Every slot in declaration order, squashed records' slots in place of the squashed component. */
    public List<Slot> slots() {
        return slots;
    }

    /** The attribute, block or enum with this (full) name, or null. */
    public Slot slot(String name) {
        return byName.get(name);
    }

    /** The enum member block with this full name ({@code stage.json}), or null. */
    public EnumMember enumMember(String name) {
        return enumMembers.get(name);
    }

    /** Whether some dotted block name starts with {@code prefix + "."}. */
    public boolean isPrefix(String prefix) {
        return prefixes.contains(prefix);
    }

    /** Whether blocks of this record take a label. */
    public boolean hasLabel() {
        return label >= 0;
    }

    int labelIndex() {
        return label;
    }

    int componentCount() {
        return accessors.length;
    }

    RecordSchema squashedAt(int component) {
        return squashed[component];
    }

    Object zeroAt(int component) {
        return zeros[component];
    }

    /** A fresh defaults instance, or null when the record has no {@code defaults()}. */
    Object defaultsInstance() {
        if (defaults == null) {
            return null;
        }
        try {
            return defaults.invoke(null);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(type.getName() + ".defaults() failed", e);
        }
    }

    Object component(Object instance, int i) {
        try {
            return accessors[i].invoke(instance);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    Object construct(Object[] args) throws InvocationTargetException {
        try {
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
