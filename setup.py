"""Package layout that pyproject.toml alone cannot say.

``resources/`` sits at the top of the repository (fonts, icons, translations,
data, status-page templates) and is installed as the package
``mpp_assist.resources`` with everything below it, so an installed wheel finds
the same files a source checkout does. All other metadata is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "mpp_assist.resources"],
    package_dir={"": "src", "mpp_assist.resources": "resources"},
    package_data={
        "mpp_assist.resources": ["**/*"],
        "mpp_assist.forms": ["**/*.json"],
    },
    exclude_package_data={"": ["__pycache__/*", "*.pyc"]},
)
