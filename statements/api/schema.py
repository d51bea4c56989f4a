"""Adjustments to the OpenAPI schema drf-spectacular generates (SPECTACULAR_SETTINGS)."""


def empty_query_values(result, generator, request, public):
    """Mark every optional query parameter ``allowEmptyValue``: an empty value (``?kind=``, as a
    browser's search form sends for fields left blank) means the same as leaving it out."""
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query" and not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
    return result
