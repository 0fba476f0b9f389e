"""Fills each force's audit form as two auditors would, for bench/audits/run.sh.

A1 answers every case; A2 audits every fourth case again and disagrees on every third of those;
each disagreement is moderated (A1's answer agreed). The answers are drawn from a fixed seed, so
every run fills the forms alike. The return is then declared in the force's inspection file.
SYNTHETIC: no answer is about a real case.
"""
import random
import sys

GRADES = ["high", "medium", "low", "no-apparent-risk"]


def fill(root, force, number):
    audits = f"{root}/Forces/{force}/evidence/audits"
    lines = open(f"{audits}/missing-audit.csv").read().splitlines()
    kept = [line for line in lines if line.startswith("#") or line.startswith("case_ref,")]
    cases = [line.split(",")[0] for line in lines[1:] if not line.startswith("#") and line]
    draw = random.Random(number)
    first = {case: draw.choice(GRADES) for case in cases}
    rows = [f"{case},A1,{first[case]}" for case in cases]
    moderated = []
    for index, case in enumerate(cases[::4]):
        answer = first[case]
        if index % 3 == 0:
            answer = draw.choice([grade for grade in GRADES if grade != first[case]])
            moderated.append(f"  - {{case_ref: {case}, question: missing.risk-known, answer: {first[case]}, agreed_by: [A1, A2]}}")
        rows.append(f"{case},A2,{answer}")
    open(f"{audits}/missing-audit.csv", "w").write("\n".join(kept + rows) + "\n")
    open(f"{audits}/missing-moderation.yaml", "w").write(
        "# SYNTHETIC moderation for the benchmark.\nschema: 1\nmoderated:\n" + "\n".join(moderated) + "\n")
    inspection = f"{root}/Forces/{force}/inspections/synthetic.yaml"
    text = open(inspection).read()
    declared = (
        "  datasets:\n"
        "    - name: missing_audit\n      record_type: case-audit\n      format: csv\n"
        "      file: evidence/audits/missing-audit.csv\n      sample: evidence/audits/missing-sample.yaml\n"
        "      moderation: evidence/audits/missing-moderation.yaml\n      provenance: synthetic\n"
    )
    open(inspection, "w").write(text.replace("  datasets:\n", declared, 1))


if __name__ == "__main__":
    root = sys.argv[1]
    for number, force in enumerate(sys.argv[2:], start=1):
        fill(root, force, number)
