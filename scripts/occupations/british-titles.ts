// Shortlist's own, reviewed list of British job titles the US sources file astray or not at all (rule T6
// of build.ts): "Sales Assistant" is a brokerage clerk to O*NET, "Accounts Assistant" too, "Cleaner" a
// cleaner of vehicles, "Nursery Practitioner" nothing. Hand-written from British usage on job boards, not
// taken from ESCO, O*NET or evaluation data; each title names the O*NET occupation a British employer
// means by it. Titles that stay ambiguous in Britain too ("Shift Supervisor", "Assistant Manager",
// "Administrator") are left to the words around them.

export const BRITISH_TITLES: Readonly<Record<string, readonly string[]>> = {
  // Retail
  "41-2031.00": [
    "Sales Assistant",
    "Retail Assistant",
    "Retail Sales Assistant",
    "Shop Assistant",
    "Customer Assistant",
  ],
  "41-2011.00": ["Checkout Operator", "Checkout Assistant"],
  "41-1011.00": ["Assistant Store Manager", "Deputy Store Manager", "Retail Supervisor"],
  // Warehouse, transport, production
  "53-7062.00": ["Warehouse Operative", "Warehouse Assistant", "Warehouse Worker", "Goods In Operative"],
  "53-3032.00": ["HGV Driver", "LGV Driver", "Class 1 Driver", "Class 2 Driver"],
  "53-3033.00": ["Van Driver", "Multi-drop Driver", "Multi Drop Driver"],
  "41-9041.00": ["Telesales Executive", "Telesales Advisor"],
  "51-9199.00": ["Production Operative", "Factory Operative", "Manufacturing Operative"],
  // Care and health
  "31-1122.00": ["Care Assistant", "Care Worker", "Carer", "Support Worker", "Domiciliary Care Worker"],
  "31-1131.00": ["Healthcare Assistant", "Health Care Assistant", "Nursing Assistant", "Clinical Support Worker"],
  "29-2052.00": ["Dispenser", "Pharmacy Dispenser"],
  "29-1141.00": ["Staff Nurse", "Charge Nurse", "Ward Sister"],
  "21-1021.00": ["Children's Social Worker", "Child Protection Social Worker", "Children and Families Social Worker"],
  // Hospitality and cleaning
  "35-2014.00": ["Chef de Partie", "Commis Chef", "Line Chef"],
  "35-1011.00": ["Sous Chef", "Head Chef"],
  "37-2011.00": [
    "Cleaner",
    "Office Cleaner",
    "Domestic Cleaner",
    "Cleaning Operative",
    "Caretaker",
    "School Caretaker",
  ],
  // Office, finance, customer service
  "43-3031.00": ["Accounts Assistant", "Accounts Clerk", "Purchase Ledger Clerk", "Sales Ledger Clerk"],
  "43-3011.00": ["Credit Controller"],
  "43-3051.00": ["Payroll Administrator", "Payroll Assistant"],
  "43-4051.00": [
    "Customer Service Advisor",
    "Customer Service Adviser",
    "Customer Services Advisor",
    "Customer Service Assistant",
    "Contact Centre Advisor",
    "Call Centre Agent",
    "Call Centre Advisor",
  ],
  "43-6014.00": ["Office Administrator", "Admin Assistant", "Administration Assistant", "Administrative Assistant"],
  // Sales, marketing, property
  "13-1161.00": ["Marketing Executive", "Digital Marketing Executive", "Marketing Assistant"],
  "41-9022.00": ["Estate Agent", "Sales Negotiator", "Lettings Negotiator", "Lettings Agent"],
  // Construction
  "47-2031.00": ["Joiner", "Carpenter and Joiner", "Site Joiner"],
  "47-2061.00": ["Labourer", "Site Labourer", "General Labourer", "Groundworker", "Scaffolder"],
  "47-2152.00": ["Gas Engineer", "Gas Safe Engineer", "Heating Engineer", "Plumbing and Heating Engineer"],
  // Motor trade
  "49-3023.00": ["Vehicle Technician", "Motor Vehicle Technician", "Light Vehicle Technician", "MOT Tester"],
  // Education and childcare
  "39-9011.00": ["Nursery Practitioner", "Nursery Nurse", "Nursery Assistant", "Early Years Practitioner"],
  "25-9042.00": ["Teaching Assistant", "Higher Level Teaching Assistant", "Classroom Assistant"],
  "25-2021.00": ["Primary School Teacher", "Primary Teacher", "Primary Class Teacher"],
  "25-2031.00": ["Secondary School Teacher", "Secondary Teacher"],
  // Security
  "33-9032.00": ["Security Officer", "Security Guard"],
};
