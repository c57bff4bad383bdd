"""The forms engine: service definitions, the expression language, Indonesian validators, regions.

Plain Python (no Qt, no store, no settings), so the desk, the CLI and the
reference backend check answers with exactly the same code.
"""

from __future__ import annotations

from mpp_assist.forms.catalogue import Catalogue, UnknownService, load_catalogue
from mpp_assist.forms.engine import Evaluation, evaluate, normalise, validate
from mpp_assist.forms.loader import DefinitionError, DefinitionProblem, check_data, load_definition
from mpp_assist.forms.model import Choice, Field, FormDefinition, GlossaryTerm, Requirement, Section
from mpp_assist.forms.problems import ERROR, WARNING, Problem
from mpp_assist.forms.text import Text

__all__ = [
    "ERROR", "WARNING", "Catalogue", "Choice", "DefinitionError", "DefinitionProblem", "Evaluation", "Field",
    "FormDefinition", "GlossaryTerm", "Problem", "Requirement", "Section", "Text", "UnknownService",
    "check_data", "evaluate", "load_catalogue", "load_definition", "normalise", "validate",
]
