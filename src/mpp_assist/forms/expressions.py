"""The small expression language of form definitions — parsed into a tree, type-checked, never ``eval``-ed.

Used for relevance (skip logic), constraints, calculated values and choice filters::

    umur >= 17 or status_kawin != 'belum_kawin'
    age(tanggal_lahir) >= 17
    jenis_permohonan in ['baru', 'hilang'] and not (punya_kk = false)
    count(anggota_keluarga) <= 10
    regex(., '^[0-9]{5}$')             -- "." is the field's own value (in constraints)
    if(jenis_kelamin = 'P', 'Ibu', 'Bapak')

Grammar (lowest precedence first): ``or``; ``and``; ``not``; comparison
(``= == != < <= > >= in``, ``not in``); ``+ -``; ``* / %``; unary ``-``; primary
(number, 'text' or "text", true/false/null, [list], (expr), field name, ``.``, f(args)).

Functions: ``today()``, ``age(date)`` (whole years), ``len(text|list)``,
``regex(text, 'pattern')`` (whole-text match; the pattern written in the definition, at most 200
characters, refused at load when it could backtrack without bound — see ``safe_pattern``),
``count(repeat)``, ``if(cond, a, b)``,
``year(date)``, ``date('YYYY-MM-DD')``, ``days(date, date)`` (second minus first).

Names resolve to fields: inside a repeat group, the item's own fields first, then
the form's top-level fields (a repeat's fields are not visible outside it; use
``count(group)``). In a ``choice_filter``, ``value`` and the choice's ``data``
keys name the choice being tested, so ``kategori = sektor`` keeps the choices whose
``data.kategori`` equals the answer to ``sektor``.

An unanswered field is ``null``: comparisons with it are false (except ``= null``
and ``!= null``), arithmetic with it is ``null``, and ``and``/``or``/``not`` treat it
as false. Errors in a definition (syntax, unknown field or function, type
mismatch) raise ``ExpressionError`` at load time, never at the desk. A constraint
that reads other fields is judged only once they are answered, so one missing
answer does not cascade into errors elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from mpp_assist.forms.dates import age_on
from mpp_assist.forms.dates import today as today_in_indonesia
from mpp_assist.i18n import translate

# Value types the checker knows. "any" unifies with everything (null, if() of mixed types).
NUMBER, TEXT, DATE, BOOL, LIST, REPEAT, ANY = "number", "text", "date", "bool", "list", "repeat", "any"


class ExpressionError(ValueError):
    """A definition's expression is wrong; ``message`` is plain language, ``position`` 0-based."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


# --- Tokens --------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>\d+(?:\.\d+)?)
      | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<op><=|>=|!=|==|[-+*/%<>=(),\[\].])
    )""",
    re.VERBOSE,
)
KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}
MAX_LENGTH = 2000
MAX_DEPTH = 40
MAX_TOKENS = 400


# --- Regex patterns ------------------------------------------------------------------------------
# ``regex()`` runs while the officer types, on patterns from a fetched catalogue: a pattern that can
# backtrack catastrophically ("(a+)+", "(a|a)*", "\\d*\\d*\\d*…") would freeze the desk, so a pattern
# is refused when the definition loads unless its backtracking is bounded: no repetition of anything
# that can itself match in more than one way, no back-references, and a small product of choices.
MAX_REGEX_LENGTH = 200
MAX_REGEX_SUBJECT = 500  # longer than any text field takes; a longer text does not match
MAX_REGEX_COST = 10**6  # ways to split a subject the engine may try; two ".*" are 251 001


def _regex_cost(items: Any, pos: int) -> int:
    """How many ways (at most) the parsed pattern ``items`` can split a subject; ExpressionError when it
    has no bound (a repeat of something ambiguous) or is a back-reference."""
    from re import _constants as c  # the parse tree's node kinds (re's own parser, Python 3.11+)

    total = 1
    for op, av in items:
        if op in (c.POSSESSIVE_REPEAT, c.ATOMIC_GROUP):  # "x++", "(?>…)": never backtracked into
            _regex_cost(av[2] if op is c.POSSESSIVE_REPEAT else av, pos)  # (a back-reference inside still fails)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, body = av
            inner = _regex_cost(body, pos)
            if high > 1 and inner > 1:
                raise ExpressionError(_slow_pattern(), pos)
            width = min(high, MAX_REGEX_SUBJECT) - min(low, MAX_REGEX_SUBJECT)
            total *= inner * (width + 1)
        elif op is c.BRANCH:
            total *= sum(_regex_cost(branch, pos) for branch in av[1])
        elif op is c.SUBPATTERN:
            total *= _regex_cost(av[3], pos)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            total *= _regex_cost(av[1], pos)
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            raise ExpressionError(translate("Expression", "pola regex tidak boleh memakai rujukan balik (\\1)"), pos)
        if total > MAX_REGEX_COST:
            raise ExpressionError(_slow_pattern(), pos)
    return total


def _slow_pattern() -> str:
    return translate(
        "Expression",
        "pola regex bisa sangat lambat (pengulangan di dalam pengulangan, atau terlalu banyak pengulangan); "
        "sederhanakan polanya, atau pakai ++ / (?>…) agar tidak mundur",
    )


def safe_pattern(pattern: str, pos: int) -> re.Pattern[str]:
    """``pattern`` compiled, or ExpressionError: wrong, too long, or able to backtrack without bound."""
    from re import _parser

    if len(pattern) > MAX_REGEX_LENGTH:
        raise ExpressionError(
            translate("Expression", "pola regex terlalu panjang (paling banyak {n} huruf)").format(n=MAX_REGEX_LENGTH),
            pos,
        )
    try:
        compiled = re.compile(pattern)
        tree = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        raise ExpressionError(translate("Expression", "pola regex salah: {error}").format(error=exc), pos) from None
    _regex_cost(tree, pos)
    return compiled


@dataclass(frozen=True)
class Token:
    kind: str  # number, string, name, op, end
    text: str
    pos: int


def tokenize(source: str) -> list[Token]:
    if len(source) > MAX_LENGTH:
        raise ExpressionError(
            translate("Expression", "ekspresi terlalu panjang (paling banyak {n} huruf)").format(
                n=MAX_LENGTH
            ),
            0,
        )
    tokens: list[Token] = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            bad = source[pos:].lstrip()[:1]
            at = len(source) - len(source[pos:].lstrip())
            raise ExpressionError(
                translate("Expression", "tanda '{char}' tidak dikenal").format(char=bad), at
            )
        kind = m.lastgroup or "op"
        text = m.group(kind)
        tokens.append(Token(kind, text, m.start(kind)))
        pos = m.end()
    tokens.append(Token("end", "", len(source)))
    if len(tokens) > MAX_TOKENS:  # keeps trees shallow enough to walk recursively
        raise ExpressionError(
            translate("Expression", "ekspresi terlalu panjang (paling banyak {n} bagian)").format(
                n=MAX_TOKENS
            ),
            0,
        )
    return tokens


# --- Tree ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    pos: int


@dataclass(frozen=True)
class Literal(Node):
    value: Any


@dataclass(frozen=True)
class ListLit(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Ref(Node):
    name: str  # "." for the field's own value


@dataclass(frozen=True)
class Unary(Node):
    op: str
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call(Node):
    name: str
    args: tuple[Node, ...]


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def accept(self, text: str) -> Token | None:
        tok = self.peek()
        if tok.kind in ("op", "name") and tok.text == text:
            self.i += 1
            return tok
        return None

    def expect(self, text: str) -> Token:
        tok = self.accept(text)
        if tok is None:
            got = self.peek()
            raise ExpressionError(
                translate("Expression", "'{want}' diharapkan, tetapi ada {got}").format(
                    want=text, got=_describe(got)
                ),
                got.pos,
            )
        return tok

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError(translate("Expression", "ekspresi kosong"), 0)
        node = self.or_()
        tok = self.peek()
        if tok.kind != "end":
            raise ExpressionError(
                translate("Expression", "{got} tidak diharapkan di sini").format(got=_describe(tok)), tok.pos
            )
        return node

    def or_(self) -> Node:
        node = self.and_()
        while tok := self.accept("or"):
            node = Binary(tok.pos, "or", node, self.and_())
        return node

    def and_(self) -> Node:
        node = self.not_()
        while tok := self.accept("and"):
            node = Binary(tok.pos, "and", node, self.not_())
        return node

    def not_(self) -> Node:
        if tok := self.accept("not"):
            return Unary(tok.pos, "not", self.nested(self.not_))
        return self.comparison()

    def comparison(self) -> Node:
        node = self.additive()
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("=", "==", "!=", "<", "<=", ">", ">="):
            self.take()
            op = "=" if tok.text == "==" else tok.text
            return Binary(tok.pos, op, node, self.additive())
        if tok.kind == "name" and tok.text == "in":
            self.take()
            return Binary(tok.pos, "in", node, self.additive())
        if tok.kind == "name" and tok.text == "not" and self.tokens[self.i + 1].text == "in":
            self.i += 2
            return Unary(tok.pos, "not", Binary(tok.pos, "in", node, self.additive()))
        return node

    def additive(self) -> Node:
        node = self.multiplicative()
        while self.peek().kind == "op" and self.peek().text in "+-":
            tok = self.take()
            node = Binary(tok.pos, tok.text, node, self.multiplicative())
        return node

    def multiplicative(self) -> Node:
        node = self.unary()
        while self.peek().kind == "op" and self.peek().text in ("*", "/", "%"):
            tok = self.take()
            node = Binary(tok.pos, tok.text, node, self.unary())
        return node

    def unary(self) -> Node:
        if tok := self.accept("-"):
            return Unary(tok.pos, "-", self.nested(self.unary))
        return self.primary()

    def nested(self, rule):
        # Deep nesting is never needed in a form and would exhaust Python's stack.
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(
                translate("Expression", "ekspresi terlalu bersarang (paling banyak {n} tingkat)").format(
                    n=MAX_DEPTH
                ),
                self.peek().pos,
            )
        try:
            return rule()
        finally:
            self.depth -= 1

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "number":
            return Literal(tok.pos, float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "string":
            body = tok.text[1:-1]
            return Literal(tok.pos, re.sub(r"\\(.)", r"\1", body))
        if tok.kind == "op" and tok.text == "(":
            node = self.nested(self.or_)
            self.expect(")")
            return node
        if tok.kind == "op" and tok.text == "[":
            items: list[Node] = []
            if not self.accept("]"):
                items.append(self.nested(self.or_))
                while self.accept(","):
                    items.append(self.nested(self.or_))
                self.expect("]")
            return ListLit(tok.pos, tuple(items))
        if tok.kind == "op" and tok.text == ".":
            return Ref(tok.pos, ".")
        if tok.kind == "name":
            if tok.text in ("true", "false"):
                return Literal(tok.pos, tok.text == "true")
            if tok.text == "null":
                return Literal(tok.pos, None)
            if tok.text in KEYWORDS:
                raise ExpressionError(
                    translate("Expression", "{got} tidak diharapkan di sini").format(got=_describe(tok)),
                    tok.pos,
                )
            if self.accept("("):
                args: list[Node] = []
                if not self.accept(")"):
                    args.append(self.nested(self.or_))
                    while self.accept(","):
                        args.append(self.nested(self.or_))
                    self.expect(")")
                return Call(tok.pos, tok.text, tuple(args))
            return Ref(tok.pos, tok.text)
        raise ExpressionError(
            translate("Expression", "{got} tidak diharapkan di sini").format(got=_describe(tok)), tok.pos
        )


def _describe(tok: Token) -> str:
    if tok.kind == "end":
        return translate("Expression", "akhir ekspresi")
    return f"'{tok.text}'"


def parse(source: str) -> Node:
    """The tree for ``source``; raises ExpressionError with a position on bad syntax."""
    if not isinstance(source, str):
        raise ExpressionError(translate("Expression", "ekspresi harus berupa teks"), 0)
    return _Parser(source).parse()


# --- Type checking -------------------------------------------------------------------------------

# name -> (argument types, result type); ANY arguments accept anything.
FUNCTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "today": ((), DATE),
    "age": ((DATE,), NUMBER),
    "len": ((ANY,), NUMBER),
    "regex": ((TEXT, TEXT), BOOL),
    "count": ((REPEAT,), NUMBER),
    "if": ((BOOL, ANY, ANY), ANY),
    "year": ((DATE,), NUMBER),
    "date": ((TEXT,), DATE),
    "days": ((DATE, DATE), NUMBER),
}


def _fits(actual: str, wanted: str) -> bool:
    return actual == wanted or ANY in (actual, wanted)


def _type_error(node: Node, op: str, left: str, right: str | None = None) -> ExpressionError:
    if right is None:
        msg = translate("Expression", "'{op}' tidak bisa dipakai untuk {left}").format(op=op, left=left)
    else:
        msg = translate("Expression", "'{op}' tidak bisa dipakai antara {left} dan {right}").format(
            op=op, left=left, right=right
        )
    return ExpressionError(msg, node.pos)


Resolver = Callable[[str], str | None]  # field name -> its expression type, None if unknown


def check(node: Node, resolve: Resolver) -> str:
    """The type of ``node``; raises ExpressionError for unknown names and type mismatches."""
    if isinstance(node, Literal):
        v = node.value
        if v is None:
            return ANY
        if isinstance(v, bool):
            return BOOL
        return NUMBER if isinstance(v, int | float) else TEXT
    if isinstance(node, ListLit):
        for item in node.items:
            check(item, resolve)
        return LIST
    if isinstance(node, Ref):
        t = resolve(node.name)
        if t is None:
            if node.name == ".":
                raise ExpressionError(
                    translate("Expression", "'.' hanya bisa dipakai dalam syarat isian"), node.pos
                )
            raise ExpressionError(
                translate("Expression", "isian '{name}' tidak dikenal").format(name=node.name), node.pos
            )
        return t
    if isinstance(node, Unary):
        t = check(node.operand, resolve)
        if node.op == "-" and not _fits(t, NUMBER):
            raise _type_error(node, "-", t)
        return BOOL if node.op == "not" else NUMBER
    if isinstance(node, Binary):
        lt, rt = check(node.left, resolve), check(node.right, resolve)
        op = node.op
        if op in ("and", "or"):
            return BOOL
        if op in ("=", "!="):
            if not (_fits(lt, rt) or (REPEAT in (lt, rt) and False)):
                raise _type_error(node, op, lt, rt)
            return BOOL
        if op in ("<", "<=", ">", ">="):
            if not _fits(lt, rt) or (lt if lt != ANY else rt) not in (NUMBER, DATE, TEXT, ANY):
                raise _type_error(node, op, lt, rt)
            return BOOL
        if op == "in":
            # x in [list], a list's choices in [list], or text within text
            if not (_fits(rt, LIST) or (rt == TEXT and _fits(lt, TEXT))):
                raise _type_error(node, op, lt, rt)
            return BOOL
        if op == "+" and lt == TEXT and rt == TEXT:
            return TEXT
        if op in ("+", "-") and lt == DATE and _fits(rt, NUMBER):
            return DATE  # date plus/minus days
        if not (_fits(lt, NUMBER) and _fits(rt, NUMBER)):
            raise _type_error(node, op, lt, rt)
        return NUMBER
    if isinstance(node, Call):
        spec = FUNCTIONS.get(node.name)
        if spec is None:
            raise ExpressionError(
                translate("Expression", "fungsi '{name}' tidak dikenal (yang ada: {names})").format(
                    name=node.name, names=", ".join(sorted(FUNCTIONS))
                ),
                node.pos,
            )
        wanted, result = spec
        if len(node.args) != len(wanted):
            raise ExpressionError(
                translate("Expression", "fungsi '{name}' perlu {n} argumen, bukan {got}").format(
                    name=node.name, n=len(wanted), got=len(node.args)
                ),
                node.pos,
            )
        types = [check(a, resolve) for a in node.args]
        for arg, t, w in zip(node.args, types, wanted, strict=True):
            if not _fits(t, w) or (w == ANY and node.name == "len" and t not in (TEXT, LIST, REPEAT, ANY)):
                raise ExpressionError(
                    translate("Expression", "fungsi '{name}' tidak menerima {type}").format(
                        name=node.name, type=t
                    ),
                    arg.pos,
                )
        if node.name == "regex":
            if not isinstance(node.args[1], Literal):
                raise ExpressionError(
                    translate("Expression", "pola regex harus ditulis langsung sebagai teks dalam tanda kutip"),
                    node.args[1].pos,
                )
            safe_pattern(node.args[1].value, node.args[1].pos)
        if node.name == "date" and isinstance(node.args[0], Literal):
            try:
                date.fromisoformat(node.args[0].value)
            except (TypeError, ValueError):
                raise ExpressionError(
                    translate("Expression", "tanggal harus ditulis YYYY-MM-DD"), node.args[0].pos
                ) from None
        if node.name == "if":
            return (
                types[1]
                if types[1] == types[2] or types[2] == ANY
                else (types[2] if types[1] == ANY else ANY)
            )
        return result
    raise ExpressionError("?", getattr(node, "pos", 0))  # pragma: no cover - every node kind handled above


# --- Evaluation ----------------------------------------------------------------------------------

Env = Mapping[str, Any]  # name -> value; "." the field's own; "__today__" the date to use as today


def _num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _compare(op: str, a: Any, b: Any) -> bool:
    if op == "=":
        return a == b
    if op == "!=":
        return a != b
    if a is None or b is None or (type(a) is not type(b) and not (_num(a) and _num(b))):
        return False
    try:
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b
    except TypeError:
        return False


def _truthy(v: Any) -> bool:
    return bool(v) if v is not None else False


_REGEX_CACHE: dict[str, re.Pattern[str] | None] = {}


def _regex(text: Any, pattern: Any) -> bool:
    # A text longer than any field takes does not match (cutting it would let its start match alone).
    if not isinstance(text, str) or not isinstance(pattern, str) or len(text) > MAX_REGEX_SUBJECT:
        return False
    if pattern not in _REGEX_CACHE:
        try:  # checked when the definition loaded; again here, for a tree made some other way
            compiled: re.Pattern[str] | None = safe_pattern(pattern, 0)
        except ExpressionError:
            compiled = None
        if len(_REGEX_CACHE) < 1000:
            _REGEX_CACHE[pattern] = compiled
        return bool(compiled and compiled.fullmatch(text))
    compiled = _REGEX_CACHE[pattern]
    return bool(compiled and compiled.fullmatch(text))


def _call(name: str, args: list[Any], env: Env) -> Any:
    if name == "today":
        return env.get("__today__") or today_in_indonesia()
    if name == "age":
        d = args[0]
        return age_on(d, env.get("__today__") or today_in_indonesia()) if isinstance(d, date) else None
    if name == "len":
        v = args[0]
        return len(v) if isinstance(v, str | list) else (0 if v is None else None)
    if name == "regex":
        return _regex(args[0], args[1])
    if name == "count":
        v = args[0]
        return len(v) if isinstance(v, list) else 0
    if name == "year":
        return args[0].year if isinstance(args[0], date) else None
    if name == "date":
        try:
            return date.fromisoformat(args[0]) if isinstance(args[0], str) else None
        except ValueError:
            return None
    if name == "days":
        a, b = args
        return (b - a).days if isinstance(a, date) and isinstance(b, date) else None
    return None  # pragma: no cover - checked at load


def evaluate(node: Node, env: Env) -> Any:
    """The value of ``node`` with field values from ``env``. Never raises on odd values: yields null."""
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Ref):
        return env.get(node.name)
    if isinstance(node, ListLit):
        return [evaluate(i, env) for i in node.items]
    if isinstance(node, Unary):
        v = evaluate(node.operand, env)
        if node.op == "not":
            return not _truthy(v)
        return -v if _num(v) else None
    if isinstance(node, Binary):
        op = node.op
        if op == "and":
            return _truthy(evaluate(node.left, env)) and _truthy(evaluate(node.right, env))
        if op == "or":
            return _truthy(evaluate(node.left, env)) or _truthy(evaluate(node.right, env))
        a, b = evaluate(node.left, env), evaluate(node.right, env)
        if op in ("=", "!=", "<", "<=", ">", ">="):
            return _compare(op, a, b)
        if op == "in":
            if isinstance(b, list):
                return any(x in b for x in a) if isinstance(a, list) else a in b
            return isinstance(a, str) and isinstance(b, str) and a in b
        if op in ("+", "-") and isinstance(a, date) and _num(b):
            from datetime import timedelta

            try:
                return a + timedelta(days=b if op == "+" else -b)
            except OverflowError:
                return None
        if op == "+" and isinstance(a, str) and isinstance(b, str):
            return a + b
        if not (_num(a) and _num(b)):
            return None
        try:
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                return a / b if b else None
            if op == "%":
                return a % b if b else None
        except OverflowError:
            return None
    if isinstance(node, Call):
        if node.name == "if":
            cond = _truthy(evaluate(node.args[0], env))
            return evaluate(node.args[1] if cond else node.args[2], env)
        return _call(node.name, [evaluate(a, env) for a in node.args], env)
    return None  # pragma: no cover


def references(node: Node) -> set[str]:
    """Every field name the expression reads (for dependency tracking)."""
    if isinstance(node, Ref):
        return {node.name}
    out: set[str] = set()
    for child in _children(node):
        out |= references(child)
    return out


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, ListLit):
        return node.items
    if isinstance(node, Unary):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Call):
        return node.args
    return ()


@dataclass(frozen=True)
class Expression:
    """A parsed, checked expression with its source text and result type."""

    source: str
    tree: Node
    type: str

    def __call__(self, env: Env) -> Any:
        return evaluate(self.tree, env)

    @property
    def references(self) -> set[str]:
        return references(self.tree)


def compile_expression(source: str, resolve: Resolver, *, want: str | None = None) -> Expression:
    """Parse and type-check; ``want`` (e.g. BOOL for relevance) is enforced when given."""
    tree = parse(source)
    t = check(tree, resolve)
    if want is not None and not _fits(t, want):
        raise ExpressionError(
            translate("Expression", "ekspresi ini menghasilkan {got}, padahal yang diperlukan {want}").format(
                got=t, want=want
            ),
            0,
        )
    return Expression(source, tree, t)
