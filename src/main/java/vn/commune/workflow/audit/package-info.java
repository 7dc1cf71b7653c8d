/**
 * The audit trail: who did what, when, from which address and how it ended. Depends on no feature; features call
 * {@link vn.commune.workflow.audit.AuditLog} in the transaction of their act.
 */
package vn.commune.workflow.audit;
