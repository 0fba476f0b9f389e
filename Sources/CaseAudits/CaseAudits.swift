// CaseAudits: placeholder
