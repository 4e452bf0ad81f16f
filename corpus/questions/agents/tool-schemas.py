"""Check a model's proposed tool arguments; build the error result the model sees."""
import difflib
import json
import re

SCHEMA = {"type": "object", "additionalProperties": False,  # create_ticket input
    "required": ["customer_id", "priority", "users_affected", "due_date"],
    "properties": {
        "customer_id": {"type": "string", "pattern": r"^C\d{6}$"},
        "priority": {"type": "string", "enum": ["low", "normal", "urgent"]},
        "users_affected": {"type": "integer"},
        "due_date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    },
}
# A toy validator: JSON Schema subset (flat, keywords above); production uses a library.
JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean",
              type(None): "null", list: "array", dict: "object"}  # parsed JSON only
CUSTOMERS = {"C004217", "C118300"}  # stand-in for the CRM the tool would query

def hint(word, options):  # name the nearest valid option, if there is one
    near = difflib.get_close_matches(word, options, n=1)
    return f"; closest is '{near[0]}'" if near else ""

def shape_problems(args, schema):  # all violations at once: one retry can fix them all
    props, required = schema["properties"], schema["required"]
    out = [f"unknown field '{k}'{hint(k, props)}" for k in sorted(args.keys() - props)]
    out += [f"missing required field '{k}'" for k in required if k not in args]
    for key, val in args.items():
        rule = props.get(key, {"type": []})
        types = rule["type"] if isinstance(rule["type"], list) else [rule["type"]]
        got = JSON_TYPES[type(val)]  # bool maps to boolean, never to integer
        if types and got not in types and not (got == "integer" and "number" in types):
            out.append(f"{key}: got {json.dumps(val)}, expected {' or '.join(types)}")
        elif val not in rule.get("enum", [val]):
            choices = "|".join(rule["enum"]) + hint(val, rule["enum"])
            out.append(f"{key}: '{val}' is not one of {choices}")
        elif isinstance(val, str) and not re.search(rule.get("pattern", ""), val):
            out.append(f"{key}: '{val}' does not match {rule['pattern']}")
    return out

def tool_result(args):  # shaped like an MCP tool result: content blocks plus isError
    found = shape_problems(args, SCHEMA)
    if not found and args["customer_id"] not in CUSTOMERS:  # a check no schema can do
        found = [f"no customer {args['customer_id']}; look it up with find_customer"]
    text = "ticket T-1 created" if not found else "Not executed. Fix and call again:\n"
    text += "\n".join(f"- {p}" for p in found)
    return {"content": [{"type": "text", "text": text}], "isError": bool(found)}

# Scripted stand-in for the model: three proposals, each after reading the last error.
# Call 1 has shape errors (strict mode stops them); call 2 swaps two digits (it can't).
bad = {"customer": "C004271", "priority": "urgnt", "users_affected": "about 40",
       "due_date": "next friday"}
good = {"customer_id": "C004217", "priority": "urgent", "users_affected": 40,
        "due_date": None}
calls = [bad, {**good, "customer_id": "C004271"}, good]
for n, res in enumerate(map(tool_result, calls), start=1):
    print(f"call {n} isError={res['isError']}:", res["content"][0]["text"])
#> call 1 isError=True: Not executed. Fix and call again:
#> - unknown field 'customer'; closest is 'customer_id'
#> - missing required field 'customer_id'
#> - priority: 'urgnt' is not one of low|normal|urgent; closest is 'urgent'
#> - users_affected: got "about 40", expected integer
#> - due_date: 'next friday' does not match ^\d{4}-\d{2}-\d{2}$
#> call 2 isError=True: Not executed. Fix and call again:
#> - no customer C004271; look it up with find_customer
#> call 3 isError=False: ticket T-1 created
