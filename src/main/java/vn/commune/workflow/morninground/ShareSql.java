package vn.commune.workflow.morninground;

/** SQL pieces the round's statements share: which date a share is due, and how a share reads in a notice. */
final class ShareSql {

    /** An office's own date (extended, or set for an as-directed task) replaces the plan's. */
    static final String DUE = "coalesce(a.effective_due_date, t.effective_due_date)";

    static final String OPEN = "a.status in ('OPEN', 'RETURNED')";

    /** "Nhiệm vụ 3: <title, one line, at most 80 characters> - <office>", as TaskWording writes it. */
    static final String LINE = """
            'Nhiệm vụ ' || t.number || ': '
            || case when length(regexp_replace(btrim(t.title), '\\s+', ' ', 'g')) > 80
                    then left(regexp_replace(btrim(t.title), '\\s+', ' ', 'g'), 79) || '…'
                    else regexp_replace(btrim(t.title), '\\s+', ' ', 'g') end
            || ' - ' || o.name""";

    /** " - hạn dd/mm/yyyy (còn n ngày)" or what fits a share that is due today, late, or has no date. */
    static final String DEADLINE = """
            case when %1$s is null then ' - thời hạn: ' || regexp_replace(btrim(coalesce(t.deadline_text, '')), '\\s+', ' ', 'g')
                 when %1$s < cast(:today as date)
                   then ' - hạn ' || to_char(%1$s, 'DD/MM/YYYY') || ', quá ' || (cast(:today as date) - %1$s) || ' ngày'
                 when %1$s = cast(:today as date) then ' - hạn ' || to_char(%1$s, 'DD/MM/YYYY') || ' (đến hạn hôm nay)'
                 else ' - hạn ' || to_char(%1$s, 'DD/MM/YYYY') || ' (còn ' || (%1$s - cast(:today as date)) || ' ngày)' end""".formatted(DUE);

    /**
     * One notice per person of the share's office for each share in the CTE {@code told(assignment_id)}. People are
     * read from the engine's identity tables in the same statement: one statement for all shares, not a query per
     * office. Inserted in the shares' order, so that a digest lists a plan's tasks as the plan does whatever plan the
     * database chose for the join.
     */
    static final String NOTICE_TO_OFFICE = """
            insert into notice(user_id, plan_id, kind, text, link, created_at, assignment_id)
            select m.user_id_, t.plan_id, :kind, %s || %s,
                   coalesce(:taskLink || a.current_task_id, :baseUrl), :now, a.id
              from told f
              join assignment a on a.id = f.assignment_id
              join plan_task t on t.id = a.plan_task_id
              join office o on o.id = a.office_id
              join act_id_membership m on m.group_id_ = a.office_id
              join act_id_user u on u.id_ = m.user_id_
             where coalesce(u.email_, '') <> ''
             order by a.id, m.user_id_""".formatted(LINE, DEADLINE);

    private ShareSql() {}
}
