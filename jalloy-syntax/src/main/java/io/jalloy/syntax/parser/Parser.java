package io.jalloy.syntax.parser;

import io.jalloy.syntax.ast.AccessExpr;
import io.jalloy.syntax.ast.ArrayExpr;
import io.jalloy.syntax.ast.AttributeStmt;
import io.jalloy.syntax.ast.BinaryExpr;
import io.jalloy.syntax.ast.BlockStmt;
import io.jalloy.syntax.ast.CallExpr;
import io.jalloy.syntax.ast.Expr;
import io.jalloy.syntax.ast.File;
import io.jalloy.syntax.ast.Ident;
import io.jalloy.syntax.ast.IdentifierExpr;
import io.jalloy.syntax.ast.IndexExpr;
import io.jalloy.syntax.ast.LiteralExpr;
import io.jalloy.syntax.ast.ObjectExpr;
import io.jalloy.syntax.ast.ObjectField;
import io.jalloy.syntax.ast.ParenExpr;
import io.jalloy.syntax.ast.Stmt;
import io.jalloy.syntax.ast.UnaryExpr;
import io.jalloy.syntax.diag.Diagnostics;
import io.jalloy.syntax.scanner.Identifiers;
import io.jalloy.syntax.scanner.Literals;
import io.jalloy.syntax.token.SourceFile;
import io.jalloy.syntax.token.Token;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for Alloy configuration files. It keeps going after errors so one pass
 * reports as many problems as Alloy's parser does, at the same positions and with the same texts.
 * Each parse uses its own instance; the static entry points are safe from any thread.
 */
public final class Parser extends TokenReader {

    private Parser(SourceFile src) {
        super(src);
    }

    /** Parses a whole file; never throws. The tree is best-effort when diagnostics are present. */
    public static ParseResult parse(SourceFile src) {
        Parser p = new Parser(src);
        File file;
        try {
            file = p.parseFile();
        } catch (StackOverflowError e) {
            // Go's growable stacks never hit this; a JVM thread stack can on absurd nesting.
            p.nestingTooDeep();
            file = new File(src, List.of(), p.comments());
        }
        return new ParseResult(file, new Diagnostics(p.diagnostics()));
    }

    /** Parses a whole file, throwing all diagnostics when any error was found. */
    public static File parseFile(SourceFile src) throws Diagnostics {
        ParseResult r = parse(src);
        if (!r.diagnostics().isEmpty()) {
            throw r.diagnostics();
        }
        return r.file();
    }

    /** Parses a single expression that must make up the whole source (Alloy's ParseExpression). */
    public static Expr parseExpression(SourceFile src) throws Diagnostics {
        Parser p = new Parser(src);
        Expr e;
        try {
            e = p.expression();
            p.expect(Token.TERMINATOR);
        } catch (StackOverflowError err) {
            p.nestingTooDeep();
            e = null;
        }
        if (!p.diagnostics().isEmpty()) {
            throw new Diagnostics(p.diagnostics());
        }
        return e;
    }

    /** {@code File = Body} */
    private File parseFile() {
        List<Stmt> body = parseBody(Token.EOF);
        return new File(src, body, comments());
    }

    /** {@code Body = [ Statement { terminator Statement } ]}, consuming up to (not including) {@code until}. */
    private List<Stmt> parseBody(Token until) {
        List<Stmt> body = new ArrayList<>();
        while (tok != until && tok != Token.EOF) {
            Stmt stmt = parseStatement();
            if (stmt != null) {
                body.add(stmt);
            }
            if (tok == until) {
                break;
            }
            if (tok != Token.TERMINATOR) {
                addError("expected " + Token.TERMINATOR.text() + ", got " + tok.text());
                consumeStatement();
            }
            next();
        }
        return body;
    }

    /**
     * Skips the rest of a statement: up to a terminator outside any bracket pair opened here
     * (counts may go negative when the statement began inside an enclosing pair).
     */
    private void consumeStatement() {
        int curly = 0;
        int brack = 0;
        int paren = 0;
        while (tok != Token.EOF) {
            switch (tok) {
                case LCURLY -> curly++;
                case RCURLY -> curly--;
                case LBRACK -> brack++;
                case RBRACK -> brack--;
                case LPAREN -> paren++;
                case RPAREN -> paren--;
                default -> { }
            }
            if (tok == Token.TERMINATOR && curly <= 0 && brack <= 0 && paren <= 0) {
                return;
            }
            next();
        }
    }

    /**
     * <pre>
     * Statement = Attribute | Block
     * Attribute = identifier "=" Expression
     * Block     = BlockName "{" Body "}"
     * </pre>
     * Returns null when no statement could be formed.
     */
    private Stmt parseStatement() {
        BlockName name = parseBlockName();
        if (name == null) {
            advance(Token.IDENT);
            return null;
        }
        switch (tok) {
            case ASSIGN -> {
                next();
                if (name.fragments.size() != 1) {
                    int length = String.join(".", name.fragments).getBytes(StandardCharsets.UTF_8).length;
                    addRangeError(name.start, name.start + length - 1,
                            "attribute names may only consist of a single identifier with no \".\"");
                } else if (name.labelPos != SourceFile.NO_POS) {
                    int length = name.label.getBytes(StandardCharsets.UTF_8).length;
                    addRangeError(name.labelPos, name.labelPos + length + 1, "attribute names may not have labels");
                }
                String first = name.fragments.get(0);
                Ident id = new Ident(first, name.start, name.start + first.getBytes(StandardCharsets.UTF_8).length);
                return new AttributeStmt(id, expression());
            }
            case LCURLY -> {
                int lCurly = expect(Token.LCURLY);
                List<Stmt> body = parseBody(Token.RCURLY);
                int rCurly = expect(Token.RCURLY);
                String label = name.label.isEmpty() ? null : name.label;
                return new BlockStmt(name.fragments, name.start, label, name.labelPos, body, lCurly, rCurly);
            }
            default -> {
                if (name.validAttribute()) {
                    addError("expected attribute assignment or block body, got " + tok.text());
                } else {
                    addError("expected block body, got " + tok.text());
                }
                advance(Token.IDENT);
                return null;
            }
        }
    }

    /** The parts of a statement head before "=" or "{". */
    private static final class BlockName {
        final List<String> fragments = new ArrayList<>(3);
        String label = "";
        int start;
        int labelPos = SourceFile.NO_POS;

        boolean validAttribute() {
            return fragments.size() == 1 && label.isEmpty();
        }
    }

    /** {@code BlockName = identifier { "." identifier } [ string ]}; null when it does not start with an identifier. */
    private BlockName parseBlockName() {
        if (tok != Token.IDENT) {
            addError("expected identifier, got " + tok.text());
            return null;
        }
        BlockName bn = new BlockName();
        bn.fragments.add(lit());
        bn.start = pos;
        next();
        while (tok == Token.DOT) {
            next();
            if (tok != Token.IDENT) {
                // Keep going so the rest of the name is still parsed, though malformed.
                addError("expected identifier, got " + tok.text());
            }
            bn.fragments.add(lit());
            next();
        }
        if (tok != Token.ASSIGN && tok != Token.LCURLY) {
            if (tok == Token.STRING) {
                if (src.content()[pos] != '"') {
                    addError("expected block label to be a double quoted string, but got " + Literals.quote(lit()));
                }
                if (tokEnd() - pos > 2) {
                    bn.label = src.text(pos + 1, tokEnd() - 1);
                    if (!Identifiers.isValid(bn.label)) {
                        addError("expected block label to be a valid identifier, but got " + Literals.quote(bn.label));
                    }
                }
                bn.labelPos = pos;
            } else {
                addError("expected block label, got " + tok.text());
            }
            next();
        }
        return bn;
    }

    /** {@code Expression = BinOpExpr} */
    private Expr expression() {
        return parseBinOp(1);
    }

    /**
     * <pre>
     * BinOpExpr = OrExpr
     * OrExpr    = AndExpr { "||"   AndExpr }
     * AndExpr   = CmpExpr { "&amp;&amp;"   CmpExpr }
     * CmpExpr   = AddExpr { cmp_op AddExpr }
     * AddExpr   = MulExpr { add_op MulExpr }
     * MulExpr   = PowExpr { mul_op PowExpr }
     * </pre>
     * One method serves every left-associative level: operators binding at least {@code minPrec} are
     * folded here, tighter ones in the recursive call.
     */
    private Expr parseBinOp(int minPrec) {
        Expr lhs = parsePowExpr();
        while (true) {
            Token op = tok;
            int prec = op.precedence();
            if (prec < minPrec) {
                return lhs;
            }
            int opPos = pos;
            next();
            Expr rhs = parseBinOp(prec + 1);
            lhs = new BinaryExpr(op, opPos, lhs, rhs);
        }
    }

    /** {@code PowExpr = UnaryExpr [ "^" PowExpr ]} (right-associative). */
    private Expr parsePowExpr() {
        Expr lhs = parseUnaryExpr();
        if (tok == Token.POW) {
            int opPos = pos;
            next();
            return new BinaryExpr(Token.POW, opPos, lhs, parsePowExpr());
        }
        return lhs;
    }

    /**
     * <pre>
     * UnaryExpr  = OperExpr | unary_op UnaryExpr
     * OperExpr   = PrimaryExpr { AccessExpr | IndexExpr | CallExpr }
     * AccessExpr = "." identifier
     * IndexExpr  = "[" Expression "]"
     * CallExpr   = "(" [ ExpressionList ] ")"
     * </pre>
     */
    private Expr parseUnaryExpr() {
        if (tok == Token.NOT || tok == Token.SUB) {
            Token op = tok;
            int opPos = pos;
            next();
            return new UnaryExpr(op, opPos, parseUnaryExpr());
        }
        Expr primary = parsePrimaryExpr();
        while (true) {
            switch (tok) {
                case DOT -> {
                    next();
                    String name = lit();
                    int namePos = pos;
                    int nameEnd = tokEnd();
                    expect(Token.IDENT);
                    primary = new AccessExpr(primary, new Ident(name, namePos, nameEnd));
                }
                case LBRACK -> {
                    int lBrack = expect(Token.LBRACK);
                    Expr index = expression();
                    int rBrack = expect(Token.RBRACK);
                    primary = new IndexExpr(primary, index, lBrack, rBrack);
                }
                case LPAREN -> {
                    int lParen = expect(Token.LPAREN);
                    List<Expr> args = tok != Token.RPAREN ? parseExpressionList(Token.RPAREN) : List.of();
                    int rParen = expect(Token.RPAREN);
                    primary = new CallExpr(primary, args, lParen, rParen);
                }
                case STRING, LCURLY -> {
                    if (!blockAsExpression(primary)) {
                        return primary;
                    }
                }
                default -> {
                    return primary;
                }
            }
        }
    }

    /**
     * Someone wrote a block where an expression belongs ({@code a = b.c "label" { ... }}): parse it as
     * a block to say so. Returns false when it was not even a block and the statement was skipped.
     */
    private boolean blockAsExpression(Expr primary) {
        if (tok == Token.STRING) {
            next();
        }
        Token opened = tok;
        expect(Token.LCURLY);
        if (opened != Token.LCURLY) {
            consumeStatement();
            return false;
        }
        parseBody(Token.RCURLY);
        Token closed = tok;
        int end = expect(Token.RCURLY);
        if (closed != Token.RCURLY) {
            consumeStatement();
            return false;
        }
        addRangeError(primary.start(), end, "cannot use a block as an expression");
        return true;
    }

    /**
     * <pre>
     * PrimaryExpr  = LiteralValue | ArrayExpr | ObjectExpr
     * LiteralValue = identifier | string | number | float | bool | null | "(" Expression ")"
     * ArrayExpr    = "[" [ ExpressionList ] "]"
     * ObjectExpr   = "{" [ FieldList ] "}"
     * </pre>
     */
    private Expr parsePrimaryExpr() {
        switch (tok) {
            case IDENT -> {
                Expr e = new IdentifierExpr(new Ident(lit(), pos, tokEnd()));
                next();
                return e;
            }
            case STRING, NUMBER, FLOAT, BOOL, NULL -> {
                Expr e = new LiteralExpr(tok, pos, tokEnd(), lit());
                next();
                return e;
            }
            case LPAREN -> {
                int lParen = expect(Token.LPAREN);
                Expr inner = expression();
                int rParen = expect(Token.RPAREN);
                return new ParenExpr(inner, lParen, rParen);
            }
            case LBRACK -> {
                int lBrack = expect(Token.LBRACK);
                List<Expr> elems = tok != Token.RBRACK ? parseExpressionList(Token.RBRACK) : List.of();
                int rBrack = expect(Token.RBRACK);
                return new ArrayExpr(elems, lBrack, rBrack);
            }
            case LCURLY -> {
                int lCurly = expect(Token.LCURLY);
                // Alloy tests for "]" here (not "}"), so "{}" goes through the field list, which stops at once.
                List<ObjectField> fields = tok != Token.RBRACK ? parseFieldList(Token.RCURLY) : List.of();
                int rCurly = expect(Token.RCURLY);
                return new ObjectExpr(fields, lCurly, rCurly);
            }
            default -> {
                addError("expected expression, got " + tok.text());
                Expr e = new LiteralExpr(Token.NULL, pos, pos + 4, "null");
                advanceToStatementEnd();
                return e;
            }
        }
    }

    /** Skips to whatever may end the broken expression: a terminator, a closing bracket or a comma. */
    private void advanceToStatementEnd() {
        while (tok != Token.EOF) {
            switch (tok) {
                case TERMINATOR, RPAREN, RCURLY, RBRACK, COMMA -> {
                    return;
                }
                default -> next();
            }
        }
    }

    /** {@code ExpressionList = Expression { "," Expression } [ "," ]} */
    private List<Expr> parseExpressionList(Token until) {
        List<Expr> exprs = new ArrayList<>();
        while (tok != until && tok != Token.EOF) {
            exprs.add(expression());
            if (tok == until) {
                break;
            }
            if (tok != Token.COMMA) {
                addError("missing ',' in expression list");
            }
            next();
        }
        return exprs;
    }

    /** {@code FieldList = Field { "," Field } [ "," ]} */
    private List<ObjectField> parseFieldList(Token until) {
        List<ObjectField> fields = new ArrayList<>();
        while (tok != until && tok != Token.EOF) {
            fields.add(parseField());
            if (tok == until) {
                break;
            }
            if (tok != Token.COMMA) {
                addError("missing ',' in field list");
            }
            next();
        }
        return fields;
    }

    /**
     * {@code Field = ( string | identifier ) "=" Expression}. A quoted key keeps its text as written
     * between the quotes (Alloy does not unescape it here).
     */
    private ObjectField parseField() {
        Ident name;
        boolean quoted = false;
        if (tok == Token.STRING || tok == Token.IDENT) {
            String text;
            if (tok == Token.STRING && tokEnd() - pos > 2) {
                text = src.text(pos + 1, tokEnd() - 1);
                quoted = true;
            } else {
                text = lit();
            }
            name = new Ident(text, pos, tokEnd());
            next();
        } else {
            addError("expected field name (string or identifier), got " + tok.text());
            name = new Ident("", pos, pos);
            advance(Token.ASSIGN);
        }
        expect(Token.ASSIGN);
        return new ObjectField(name, quoted, expression());
    }
}
