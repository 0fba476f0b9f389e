// ChildData: the rules that keep a child's name, address and date of birth out of what the
// tool accepts, stores and shows. What a case reference may look like (the default rule and a
// force's `case_reference_pattern`, run in linear time), which capitalised words free text may
// hold (a force's declared proper nouns), the shapes of personal data in text, and how a
// source line is masked before it is echoed in an error. Pure functions over strings: it
// depends on nothing but Foundation, so the core, evidence loading and synthetic generation
// share one rule. See docs/child-data.md.
