"""Named exceptions. The CLI turns each into one line and an exit code.

Codes follow spaCy's habit (E001 …) so a message can be searched for in the docs.
"""


class WiezeiwatError(Exception):
    """Base class for every error wiezeiwat raises on purpose."""
    code = "W000"
    hint = ""

    def __str__(self) -> str:
        msg = super().__str__()
        return f"[{self.code}] {msg}" + (f" ({self.hint})" if self.hint else "")


class InputError(WiezeiwatError):
    """An input file or line could not be read as an article."""
    code = "E001"

    def __init__(self, source: str, line: int | None, reason: str):
        self.source, self.line, self.reason = source, line, reason
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {reason}")


class AnalysisError(WiezeiwatError):
    """One article could not be analysed (a bug, or a pathological text); the run goes on."""
    code = "E003"

    def __init__(self, article_id: str, source: str | None, reason: str):
        self.article_id, self.reason, self.where = article_id, reason, source
        self.source, _, line = (source or "").rpartition(":") if ":" in (source or "") else (source, "", "")
        self.line = int(line) if line.isdigit() else None
        where = f"{source}: " if source else ""
        super().__init__(f"{where}article {article_id}: {reason}")

    def record(self) -> dict:
        return {"id": self.article_id, "file": self.source, "line": self.line, "reason": self.reason}

    def __reduce__(self):  # from a worker process back to the caller
        return (AnalysisError, (self.article_id, self.where, self.reason))


class NoInputError(WiezeiwatError):
    """Nothing at all could be read from the inputs."""
    code = "E002"


class ModelError(WiezeiwatError):
    """The shipped language pipeline is missing or broken."""
    code = "E010"
    hint = "reinstall wiezeiwat, or train one with `wiezeiwat train nl`"


class StoreError(WiezeiwatError):
    """The SQLite store cannot be opened, read or written."""
    code = "E020"


class NotFoundError(WiezeiwatError):
    """A record asked for by id or name does not exist."""
    code = "E021"


class UsageError(WiezeiwatError):
    """Arguments that do not fit together; exit code 2."""
    code = "E030"
