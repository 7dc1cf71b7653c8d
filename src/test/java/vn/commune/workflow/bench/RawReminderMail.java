package vn.commune.workflow.bench;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;

/**
 * The naive model's reminder: the timer's job looks up the group's members and sends each an email through
 * JavaMail, one message per reminder, in the job's transaction.
 */
public class RawReminderMail implements JavaDelegate {

    /** The benchmark's SMTP server (GreenMail). */
    static volatile int smtpPort;

    @Override
    public void execute(DelegateExecution execution) throws MessagingException {
        boolean overdue = "Task_MailOverdue".equals(execution.getCurrentActivityId());
        String group = (String) execution.getVariable(overdue ? "leadership" : "office");
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(props);
        for (User user : execution
                .getProcessEngineServices()
                .getIdentityService()
                .createUserQuery()
                .memberOfGroup(group)
                .list()) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("no-reply@raw.example"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(user.getEmail()));
            message.setSubject(overdue ? "Quá hạn" : "Nhắc hạn", "UTF-8");
            message.setText("Nhiệm vụ " + execution.getProcessBusinessKey() + " sắp đến hạn.", "UTF-8");
            Transport.send(message);
        }
    }
}
