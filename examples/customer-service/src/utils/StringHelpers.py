"""Text helpers. Deliberate violation (NAM001): module names are snake_case."""


def slugify(text: str) -> str:
    return "-".join(part for part in text.lower().split() if part)


# Deliberate violation (NAM002): class names are PascalCase.
class name_formatter:
    def format(self, first: str, last: str) -> str:
        # Deliberate violation (NAM005): variables in functions are snake_case.
        FullName = f"{first} {last}"
        return FullName.strip()
