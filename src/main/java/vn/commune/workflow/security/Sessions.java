package vn.commune.workflow.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A login keeps the rights it was given (groups, communes) for as long as its session lives. When a person's rights
 * change — they move office, they leave — their sessions end, on every node (sessions are rows in PostgreSQL), so the
 * next request logs in again with what they may do now, or cannot.
 */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the person once the change that calls for it is committed. */
    public void endAllOf(String userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(userId);
                }
            });
        } else {
            end(userId);
        }
    }

    private void end(String userId) {
        sessions.findByPrincipalName(userId).keySet().forEach(sessions::deleteById);
    }
}
