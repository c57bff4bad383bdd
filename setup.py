"""Package layout that pyproject.toml alone cannot say.

``resources/`` sits at the top of the repository (fonts, icons, translations,
data, status-page templates) and is installed as the package
``mpp_assist.resources`` with everything below it, so an installed wheel finds
the same files a source checkout does. All other metadata is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

# Data folders count as (namespace) packages to setuptools; list them so each is shipped.
RESOURCES = ["mpp_assist.resources", *(f"mpp_assist.resources.{p}" for p in find_namespace_packages("resources"))]
CODE = [p for p in find_namespace_packages("src") if p.startswith("mpp_assist") and "__pycache__" not in p]

setup(
    packages=CODE + RESOURCES,
    package_dir={"": "src", "mpp_assist.resources": "resources"},
    package_data={p: ["*"] for p in CODE + RESOURCES},
    exclude_package_data={"": ["*.pyc"]},
)
