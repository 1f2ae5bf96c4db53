"""Reading files to import: CSV/TSV/TXT, .xlsx/.xls/.ods and vCard. No Qt."""
