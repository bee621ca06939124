package io.jalloy.remote.testing;

import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.decode.Decoder;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.parser.Parser;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.vm.Evaluator;
import io.jalloy.syntax.vm.Scope;

/** Decodes the body of the first block of an Alloy snippet, as the runtime decodes arguments. */
public final class AlloyBlocks {
    private AlloyBlocks() {}

    /** The arguments record for the single block in {@code alloy}. */
    public static <T> T decode(String alloy, Class<T> type) throws Diagnostics {
        SourceFile source = SourceFile.of("config.alloy", alloy);
        BlockStmt block = (BlockStmt) Parser.parseFile(source).body().getFirst();
        return new Decoder(new Evaluator(source)).decodeBody(block.body(), block, type, Scope.empty());
    }
}
