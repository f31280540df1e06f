using System.Globalization;
using System.Text;

namespace CmsRules.Core.Language.Ast;

/// <summary>Prints a syntax tree back as expression text, with only the parentheses that precedence requires.</summary>
public static class AstPrinter
{
    // Binding strength, loosest first; matches the grammar in ExpressionGrammar.
    private const int OrLevel = 1, AndLevel = 2, NotLevel = 3, CompareLevel = 4, AddLevel = 5, MulLevel = 6, UnaryLevel = 7, PrimaryLevel = 8;

    public static string Print(Expr expr)
    {
        var sb = new StringBuilder();
        Write(sb, expr);
        return sb.ToString();
    }

    private static int Level(Expr e) => e switch
    {
        BinaryExpr b => b.Op switch
        {
            BinaryOp.Or => OrLevel,
            BinaryOp.And => AndLevel,
            BinaryOp.Add or BinaryOp.Subtract => AddLevel,
            BinaryOp.Multiply or BinaryOp.Divide => MulLevel,
            _ => CompareLevel,
        },
        UnaryExpr { Op: UnaryOp.Not } => NotLevel,
        UnaryExpr => UnaryLevel,
        InExpr or BetweenExpr or IsNullExpr => CompareLevel,
        _ => PrimaryLevel,
    };

    private static void Write(StringBuilder sb, Expr e, int minLevel)
    {
        var wrap = Level(e) < minLevel;
        if (wrap) sb.Append('(');
        Write(sb, e);
        if (wrap) sb.Append(')');
    }

    private static void Write(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case LiteralExpr l: WriteLiteral(sb, l); break;
            case NameExpr n: sb.Append(n.Text); break;
            case AssumptionExpr a: sb.Append('$').Append(a.Name); break;
            case CallExpr c: WriteCall(sb, c); break;
            case UnaryExpr { Op: UnaryOp.Not } u:
                sb.Append("not ");
                Write(sb, u.Operand, NotLevel);
                break;
            case UnaryExpr u:
                sb.Append('-');
                // "--" would start a comment, so a nested minus is parenthesised.
                Write(sb, u.Operand, u.Operand is UnaryExpr { Op: UnaryOp.Negate } ? PrimaryLevel : UnaryLevel);
                break;
            case BinaryExpr b: WriteBinary(sb, b); break;
            case InExpr i:
                Write(sb, i.Value, AddLevel);
                sb.Append(i.Negated ? " not in (" : " in (");
                WriteList(sb, i.Items);
                sb.Append(')');
                break;
            case BetweenExpr b:
                Write(sb, b.Value, AddLevel);
                sb.Append(b.Negated ? " not between " : " between ");
                Write(sb, b.Low, AddLevel);
                sb.Append(" and ");
                Write(sb, b.High, AddLevel);
                break;
            case IsNullExpr n:
                Write(sb, n.Value, AddLevel);
                sb.Append(n.Negated ? " is not null" : " is null");
                break;
            case CaseExpr c:
                sb.Append("case");
                foreach (var w in c.Whens)
                {
                    sb.Append(" when ");
                    Write(sb, w.Condition);
                    sb.Append(" then ");
                    Write(sb, w.Result);
                }
                if (c.Else is not null)
                {
                    sb.Append(" else ");
                    Write(sb, c.Else);
                }
                sb.Append(" end");
                break;
            default: throw new InvalidOperationException($"unknown node {e.GetType().Name}");
        }
    }

    private static void WriteBinary(StringBuilder sb, BinaryExpr b)
    {
        var level = Level(b);
        // Operators associate to the left; comparisons do not associate at all.
        Write(sb, b.Left, level == CompareLevel ? level + 1 : level);
        sb.Append(' ').Append(Symbol(b.Op)).Append(' ');
        Write(sb, b.Right, level + 1);
    }

    private static void WriteCall(StringBuilder sb, CallExpr c)
    {
        sb.Append(c.Name).Append('(');
        WriteList(sb, c.Args);
        if (c.From is not null) sb.Append(c.Args.Count > 0 ? " from " : "from ").Append(c.From.Name);
        if (c.Where is not null)
        {
            sb.Append(c.Args.Count > 0 || c.From is not null ? " where " : "where ");
            Write(sb, c.Where);
        }
        sb.Append(')');
    }

    private static void WriteList(StringBuilder sb, IReadOnlyList<Expr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i]);
        }
    }

    private static void WriteLiteral(StringBuilder sb, LiteralExpr l)
    {
        switch (l.Kind)
        {
            case LiteralKind.Integer: sb.Append(((long)l.Value!).ToString(CultureInfo.InvariantCulture)); break;
            case LiteralKind.Decimal:
                var text = ((decimal)l.Value!).ToString(CultureInfo.InvariantCulture);
                sb.Append(text.Contains('.') ? text : text + ".0");
                break;
            case LiteralKind.Money:
                var pence = (long)l.Value!;
                sb.Append('£').Append((pence / 100).ToString(CultureInfo.InvariantCulture)).Append('.').Append((pence % 100).ToString("00", CultureInfo.InvariantCulture));
                break;
            case LiteralKind.String: sb.Append(Quote((string)l.Value!)); break;
            case LiteralKind.Date: sb.Append("date ").Append(Quote(((DateOnly)l.Value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))); break;
            case LiteralKind.Bool: sb.Append((bool)l.Value! ? "true" : "false"); break;
            case LiteralKind.Null: sb.Append("null"); break;
        }
    }

    private static string Quote(string s) => "'" + s.Replace("'", "''") + "'";

    public static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Or => "or",
        BinaryOp.And => "and",
        BinaryOp.Equal => "=",
        BinaryOp.NotEqual => "<>",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
