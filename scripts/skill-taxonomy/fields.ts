// Shortlist's own entries for work outside software (rule S1, with aliases in lib/skills/aliases-fields.ts):
// the names employers and candidates write for the everyday requirements of sales, purchasing, finance,
// health care, teaching, logistics, customer service, hospitality, HR, construction and law. ESCO states
// most of these as verb phrases ("operate forklift", "issue purchase orders", "manage sales teams") that
// postings rarely use word for word; these entries give the noun forms people write. Written from
// recruiting practice, reviewed by hand; no evaluation data went into this list.
import type { SkillKind } from "@/lib/skills/types";

type Definition = readonly [id: string, label: string, kind: SkillKind];

const T = "technical" as const;

export const FIELD_ENTRIES: readonly Definition[] = [
  // Sales and commerce
  ["business_development", "Business development", T],
  ["sales_management", "Sales management", T],
  ["ecommerce", "E-commerce", T],
  ["retail_sales", "Retail sales", T],
  ["merchandising", "Merchandising", T],
  // Purchasing
  ["purchasing", "Purchasing", T],
  ["purchase_orders", "Purchase orders", T],
  ["supplier_management", "Supplier management", T],
  ["tendering", "Tendering", T],
  // Finance
  ["accounts_payable", "Accounts payable", T],
  ["accounts_receivable", "Accounts receivable", T],
  ["credit_control", "Credit control", T],
  ["bank_reconciliation", "Bank reconciliation", T],
  ["month_end_close", "Month-end close", T],
  ["management_accounts", "Management accounts", T],
  ["statutory_accounts", "Statutory accounts", T],
  ["vat", "VAT", T],
  ["invoicing", "Invoicing", T],
  // Health and care
  ["patient_care", "Patient care", T],
  ["medication_administration", "Medication administration", T],
  ["wound_care", "Wound care", T],
  ["care_planning", "Care planning", T],
  ["infection_control", "Infection control", T],
  ["venepuncture", "Venepuncture", T],
  ["clinical_observations", "Clinical observations", T],
  ["personal_care", "Personal care", T],
  ["manual_handling", "Manual handling", T],
  ["safeguarding", "Safeguarding", T],
  // Teaching
  ["lesson_planning", "Lesson planning", T],
  ["classroom_management", "Classroom management", T],
  ["curriculum_planning", "Curriculum planning", T],
  ["pupil_assessment", "Pupil assessment", T],
  ["special_educational_needs", "Special educational needs", T],
  // Logistics and warehousing
  ["forklift_operation", "Forklift operation", T],
  ["warehouse_operations", "Warehouse operations", T],
  ["order_picking", "Order picking", T],
  ["stock_control", "Stock control", T],
  ["route_planning", "Route planning", T],
  ["customs_clearance", "Customs clearance", T],
  // Customer service and hospitality
  ["complaint_handling", "Complaint handling", T],
  ["call_handling", "Call handling", T],
  ["cash_handling", "Cash handling", T],
  ["food_safety", "Food safety", T],
  ["food_preparation", "Food preparation", T],
  ["guest_services", "Guest services", T],
  ["staff_scheduling", "Staff scheduling", T],
  // HR
  ["disciplinary_and_grievance", "Disciplinary and grievance", T],
  ["absence_management", "Absence management", T],
  // Construction
  ["health_and_safety", "Health and safety", T],
  ["site_management", "Site management", T],
  ["subcontractor_management", "Subcontractor management", T],
  ["reading_drawings", "Reading drawings", T],
  ["risk_assessment", "Risk assessment", T],
  // Law
  ["legal_research", "Legal research", T],
  ["contract_drafting", "Contract drafting", T],
  ["litigation", "Litigation", T],
  ["case_management", "Case management", T],
  // Office work
  ["data_entry", "Data entry", T],
  // Qualifications, registrations and licences a posting requires
  ["qualified_teacher_status", "Qualified Teacher Status (QTS)", T],
  ["pgce", "PGCE", T],
  ["nmc_registration", "NMC registration", T],
  ["hcpc_registration", "HCPC registration", T],
  ["aca", "ACA", T],
  ["acca", "ACCA", T],
  ["cima", "CIMA", T],
  ["aat", "AAT", T],
  ["cpa", "CPA", T],
  ["cfa", "CFA", T],
  ["cips", "CIPS", T],
  ["cipd", "CIPD", T],
  ["cilex", "CILEx", T],
  ["prince2", "PRINCE2", T],
  ["pmp", "PMP", T],
  ["cscs_card", "CSCS card", T],
  ["smsts", "SMSTS", T],
  ["nebosh", "NEBOSH", T],
  ["iosh", "IOSH", T],
  ["sia_licence", "SIA licence", T],
  ["personal_licence", "Personal licence", T],
  ["hgv_licence", "HGV licence", T],
  ["driver_cpc", "Driver CPC", T],
  ["cdl", "CDL", T],
  ["dbs_check", "DBS check", T],
];
