<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="137"/>
        <source>校长账户</source>
        <translation>Principal account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="138"/>
        <source>第一个账户是校长，用它登录后再为老师们建立账户。</source>
        <translation>The first account is the principal&apos;s. Log in with it to create accounts for the teachers.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="141"/>
        <source>登录名 *</source>
        <translation>Login *</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="142"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="143"/>
        <source>PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="144"/>
        <source>再输一次 PIN *</source>
        <translation>PIN again *</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="27"/>
        <source>新建账户</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="28"/>
        <source>改显示名称</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="29"/>
        <source>重设 PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="30"/>
        <source>关联教职工</source>
        <translation>Link to staff</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="31"/>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="63"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="47"/>
        <source>只有系统管理员可以管理登录账户；这里只能查看。</source>
        <translation>Only the administrator can manage login accounts; you can only view them here.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="61"/>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="70"/>
        <source>不能停用自己正在使用的账户。</source>
        <translation>You cannot deactivate the account you are using.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="75"/>
        <source>已新建登录账户。</source>
        <translation>Login account created.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="80"/>
        <source>已修改显示名称。</source>
        <translation>Display name changed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="87"/>
        <source>已为 %1 设置新 PIN。</source>
        <translation>New PIN set for %1.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/accounts_tab.py" line="93"/>
        <source>已修改关联。</source>
        <translation>Link changed.</translation>
    </message>
</context>
<context>
    <name>AdultsEditor</name>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="73"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="74"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="75"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="76"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="77"/>
        <source>可接送</source>
        <translation>May collect</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="87"/>
        <source>＋ 添加接送人</source>
        <translation>+ Add adult</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="109"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/adults_editor.py" line="113"/>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="206"/>
        <source>登记自愿参加课后服务协议</source>
        <translation>Record the after-school service agreement</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="208"/>
        <source>签字的家长姓名</source>
        <translation>Name of the parent who signed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="210"/>
        <source>签字家长</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="211"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="169"/>
        <source>记录联系…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="171"/>
        <source>消息放入发件箱</source>
        <translation>Queue messages</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="172"/>
        <source>导出发件箱…</source>
        <translation>Export outbox…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="225"/>
        <source>（已上报带班领导）</source>
        <translation> (escalated to the duty leader)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="227"/>
        <source>，已联系 %1 次未联系上</source>
        <translation>, %1 attempt(s) not reached</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="259"/>
        <source>没有未处理的提醒。</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="266"/>
        <source>没有登记监护人电话。</source>
        <translation>No guardian phone on file.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="288"/>
        <source>已记录：联系上 %1，提醒关闭。</source>
        <translation>Recorded: reached %1, alert closed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="290"/>
        <source>已记录：未联系上 %1，提醒仍然开着。</source>
        <translation>Recorded: %1 not reached, the alert stays open.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="306"/>
        <source>发件箱新增 %1 条消息，可导出后用学校的消息平台发送。</source>
        <translation>%1 message(s) added to the outbox; export them for the school&apos;s messaging platform.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="315"/>
        <source>导出发件箱</source>
        <translation>Export outbox</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="317"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="323"/>
        <source>已导出 %1 条消息到 %2。</source>
        <translation>Exported %1 message(s) to %2.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="230"/>
        <source>起</source>
        <translation> onwards</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../after_school_desk/ui/app.py" line="61"/>
        <source>课后服务台已经在这台电脑上打开了这个数据库（另一个窗口正在使用）。请切换到已经打开的那个窗口，不要同时打开两份。</source>
        <translation>After-School Desk already has this database open on this PC (another window is using it). Switch to that window; do not open two copies.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/app.py" line="77"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/app.py" line="168"/>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/app.py" line="307"/>
        <source>加入学校没有完成：%1</source>
        <translation>Joining the school did not finish: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/app.py" line="324"/>
        <source>已加入学校</source>
        <translation>Joined the school</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/app.py" line="325"/>
        <source>这台电脑已经有了学校的数据，登录后会自动收进学校主机之后的记录。请用您在学校的账号登录。

如果这台电脑还没有学校的防篡改密钥，请登录后在“账户 → 备份与恢复…”里点“导入密钥…”，导入从学校主机导出的密钥。</source>
        <translation>This PC now holds the school&apos;s data; after log-in it takes in what the school hub recorded since. Please log in with your school account.

If this PC does not have the school&apos;s tamper-seal key yet, log in, open Account → Backup and restore… and click Import key… to import the key exported on the school hub.</translation>
    </message>
</context>
<context>
    <name>ApplyDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="152"/>
        <source>登记报名申请</source>
        <translation>Record an application</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="159"/>
        <source>提出申请的家长（可不填）</source>
        <translation>Parent who applied (optional)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="160"/>
        <source>同时完成班级初审和学校核准</source>
        <translation>Also do the class review and school approval</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="164"/>
        <source>从哪天开始参加</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="165"/>
        <source>服务方式</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="166"/>
        <source>申请家长</source>
        <translation>Applicant</translation>
    </message>
</context>
<context>
    <name>ArchivePupilDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="40"/>
        <source>离校归档</source>
        <translation>Archive a leaver</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="46"/>
        <source>确认归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="55"/>
        <source>如：转学、毕业、随父母外出</source>
        <translation>e.g. changed school, graduated, moved with parents</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="57"/>
        <source>离校日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="58"/>
        <source>离校原因</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="62"/>
        <source>归档后，该生不再出现在名册和今后的名单中。
暂时保留：姓名、学籍号、出生日期、监护人和接送人及其电话，以及出勤、报名、收费记录，直到保留期满。
保留期满后，用“清除过期个人信息”删除：姓名（改为“已删除”）、学籍号、学号、出生日期，以及全部监护人、接送人和电话。
一直保留（不含个人信息）：班级、类别标记、报名、出勤和收费记录，过去报表的人数不变。</source>
        <translation>Once archived, the pupil no longer appears in the roster or in future lists.
Kept for now: name, registry no., birth date, guardians and pickup adults with their phones, and the attendance, enrolment and fee records, until the retention period ends.
After that, “Erase expired personal data” deletes: name (becomes “deleted”), registry no., student no., birth date, and all guardians, pickup adults and phones.
Always kept (no personal data): class, category flags, enrolment, attendance and fee records; past report counts do not change.</translation>
    </message>
</context>
<context>
    <name>BackEntry</name>
    <message>
        <location filename="../../after_school_desk/ui/back_entry.py" line="23"/>
        <source>补录纸质记录</source>
        <translation>Enter from the paper sheet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/back_entry.py" line="24"/>
        <source>停电后按纸质交接单补录：选日期和单上写的时间</source>
        <translation>After a power cut, enter the paper handover sheet: choose the day and the time written on it</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="46"/>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="48"/>
        <source>学校：%1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="49"/>
        <source>学生：%1 人，教职工：%2 人</source>
        <translation>Pupils: %1, staff: %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="52"/>
        <source>最后修改：%1</source>
        <translation>Last change: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="53"/>
        <source>修改记录：%1 条</source>
        <translation>Change records: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="74"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="78"/>
        <source>备份到这台电脑</source>
        <translation>Back up on this PC</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="80"/>
        <source>程序每天第一次启动时自动备份一次。要做重要修改前，可以先手动备份。</source>
        <translation>The program makes a backup automatically at its first start each day. Before an important change you can also back up by hand.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="84"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="92"/>
        <source>加密备份到U盘或其他文件夹</source>
        <translation>Encrypted backup to a USB stick or another folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="95"/>
        <source>备份文件用学校的备份口令加密，U盘丢了别人也打不开。口令请记在安全的地方：忘记口令就无法恢复。</source>
        <translation>The backup is encrypted with the school&apos;s backup passphrase, so nobody can open it if the USB stick is lost. Keep the passphrase somewhere safe: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="102"/>
        <source>请选择U盘或文件夹</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="103"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="112"/>
        <source>加密备份</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="120"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="121"/>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="141"/>
        <source>备份口令</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="116"/>
        <source>再输一遍</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="127"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="130"/>
        <source>先查看备份里有什么，确认后再恢复。恢复前程序会先把现在的数据备份一份，万一选错了还能找回来。</source>
        <translation>First look at what the backup holds, then restore. Before restoring, the program backs up the current data, so a wrong choice can be undone.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="137"/>
        <source>请选择备份文件（.sqlite 或加密的 .kfbak）</source>
        <translation>Choose a backup file (.sqlite or encrypted .kfbak)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="138"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="144"/>
        <source>加密备份才需要</source>
        <translation>Only for encrypted backups</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="146"/>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="148"/>
        <source>查看备份内容</source>
        <translation>Show backup contents</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="150"/>
        <source>用这份备份恢复…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="176"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="202"/>
        <source>选择保存备份的U盘或文件夹</source>
        <translation>Choose the USB stick or folder for the backup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="209"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="210"/>
        <source>备份文件 (*.sqlite *.kfbak);;所有文件 (*)</source>
        <translation>Backup files (*.sqlite *.kfbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="289"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="294"/>
        <source>两次输入的备份口令不一样，请重新输入。</source>
        <translation>The two passphrases differ. Please type them again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="305"/>
        <source>正在加密备份，请稍候…</source>
        <translation>Making the encrypted backup, please wait…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="313"/>
        <source>备份完成：</source>
        <translation>Backup done: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="328"/>
        <source>正在读取备份…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="334"/>
        <source>备份检查正常，内容见上方。确认无误后请点“用这份备份恢复…”。</source>
        <translation>The backup checks out; its contents are shown above. If they are right, press “Restore this backup…”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="341"/>
        <source>现在的数据会被这份备份替换：</source>
        <translation>The current data will be replaced by this backup:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="344"/>
        <source>恢复前会先自动备份现在的数据。确定恢复吗？</source>
        <translation>The current data will be backed up first. Restore now?</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="347"/>
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="361"/>
        <source>这份备份是另一所学校的：</source>
        <translation>This backup belongs to another school: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="362"/>
        <source>现在的数据是：</source>
        <translation>The current data belongs to: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="364"/>
        <source>恢复后现在这所学校的数据会被替换（恢复前会自动备份）。确实要用它吗？</source>
        <translation>Restoring replaces this school&apos;s data (it is backed up first). Really use this backup?</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="369"/>
        <source>另一所学校的备份</source>
        <translation>Another school&apos;s backup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="395"/>
        <source>正在恢复，请不要关闭程序…</source>
        <translation>Restoring, please do not close the program…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="403"/>
        <source>恢复完成。恢复前的数据已备份到：</source>
        <translation>Restore done. The data from before the restore was backed up to: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/backup_dialog.py" line="405"/>
        <source>恢复完成（恢复前的数据库是空的）。</source>
        <translation>Restored (the database was empty before).</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../after_school_desk/ui/chart_widgets.py" line="77"/>
        <source>本月暂无数据</source>
        <translation>No data for this month yet</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="76"/>
        <source>校历</source>
        <translation>School calendar</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="78"/>
        <source>◀ 上个月</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="79"/>
        <source>下个月 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="80"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="95"/>
        <source>录入节假日通知…</source>
        <translation>Enter holiday notice…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="96"/>
        <source>设为放假…</source>
        <translation>Set days off…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="97"/>
        <source>服务时间…</source>
        <translation>Service times…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="98"/>
        <source>添加学期…</source>
        <translation>Add term…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="117"/>
        <source>绿色：课后服务日&#x3000;红色：法定节假日/调休&#x3000;橙色：学校放假&#x3000;蓝色：调休上班日&#x3000;灰色：无服务</source>
        <translation>Green: service day   Red: public holiday   Orange: school day off   Blue: make-up workday   Grey: no service</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="126"/>
        <source>星期%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="150"/>
        <source>取消学校放假</source>
        <translation>Cancel day off</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="151"/>
        <source>调休上班日开展课后服务</source>
        <translation>Service on make-up day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="152"/>
        <source>调休上班日不开展</source>
        <translation>No service on make-up day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="221"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="253"/>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="253"/>
        <source>调休上班·停</source>
        <translation>Make-up day · off</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="262"/>
        <source>%1 年的节假日安排还没有载入，请录入国务院通知。</source>
        <translation>The %1 holidays are not loaded yet; please enter the State Council notice.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="267"/>
        <source>⚠ %1 年的节假日安排尚未确认（按固定规则推算），国务院通知发布后请录入。</source>
        <translation>⚠ The %1 holidays are not confirmed (estimated by fixed rules); enter the State Council notice once published.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="269"/>
        <source>%1 年的节假日安排已确认。</source>
        <translation>The %1 holidays are confirmed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="272"/>
        <source>平时</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="272"/>
        <source>夏季</source>
        <translation>Summer</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="272"/>
        <source>冬季</source>
        <translation>Winter</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="273"/>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="273"/>
        <source>初中</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="274"/>
        <source>高中</source>
        <translation>Senior secondary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="280"/>
        <source>周%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="287"/>
        <source>课后服务时间&#x3000;</source>
        <translation>Service times:  </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="303"/>
        <source>%1 星期%2：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="307"/>
        <source>（%1–%2）</source>
        <translation> (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="322"/>
        <source>%1 已恢复为平常安排。</source>
        <translation>%1 is back to the normal schedule.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="335"/>
        <source>%1 调休上班，开展课后服务。</source>
        <translation>%1 is a make-up workday with service.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_page.py" line="337"/>
        <source>%1 调休上班，不开展课后服务。</source>
        <translation>%1 is a make-up workday without service.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/change_pin_dialog.py" line="17"/>
        <source>修改我的 PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/change_pin_dialog.py" line="22"/>
        <source>原 PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/change_pin_dialog.py" line="23"/>
        <source>新 PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/change_pin_dialog.py" line="24"/>
        <source>再输入一次新 PIN</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/change_pin_dialog.py" line="29"/>
        <source>两次输入的新 PIN 不一致。</source>
        <translation>The two new PINs differ.</translation>
    </message>
</context>
<context>
    <name>ClassDayModel</name>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="30"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="31"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="32"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="33"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="34"/>
        <source>去向 / 原因</source>
        <translation>Left with / reason</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="35"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="43"/>
        <source>交给</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="47"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="50"/>
        <source>转入延时托管</source>
        <translation>To extended care</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="61"/>
        <source>缺席未联系</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="62"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_day_model.py" line="71"/>
        <source>（迟到）</source>
        <translation> (late)</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="78"/>
        <source>新增班级</source>
        <translation>Add class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="78"/>
        <source>修改班级</source>
        <translation>Edit class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="83"/>
        <source>如 三年级(2)班</source>
        <translation>e.g. 三年级(2)班</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="94"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="95"/>
        <source>班号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="104"/>
        <source>班级名称</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="107"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="116"/>
        <source>只有校长可以安排班主任。</source>
        <translation>Only the principal can assign head teachers.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="117"/>
        <source>班主任</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="101"/>
        <source>第 %1 班</source>
        <translation>class %1</translation>
    </message>
</context>
<context>
    <name>ClassFeesPage</name>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="100"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="119"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="120"/>
        <source>学籍号</source>
        <translation>Student ID</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="132"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="137"/>
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="190"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="195"/>
        <source>本月的应缴费用还没有生成（由校长在“财务”页生成）；已有的欠费照常显示。</source>
        <translation>This month&apos;s fees have not been billed yet (the principal bills them on the Finance page); amounts already owed are shown as usual.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="119"/>
        <source>本月应缴</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="119"/>
        <source>本月已缴</source>
        <translation>Paid this month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="199"/>
        <source>共 %1 名学生，%2 名尚欠费用，合计 %3 元（表中金额单位：元）。</source>
        <translation>%1 pupils, %2 still owing, %3 yuan in all (amounts in the list are in yuan).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="223"/>
        <source>请先在表中点选学生，再点“收款”。</source>
        <translation>Tap a pupil in the list, then tap &quot;Take payment&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="226"/>
        <source>%1：尚欠 %2 元</source>
        <translation>%1: owes %2 yuan</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="234"/>
        <source>请先在表中点选要收款的学生。</source>
        <translation>First tap the pupil who is paying in the list.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="267"/>
        <source>%1 缴费 %2 元已登记。</source>
        <translation>Payment of %2 yuan for %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="276"/>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="277"/>
        <source>学生</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="278"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="278"/>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="283"/>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="279"/>
        <source>缴费方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="280"/>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="280"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="281"/>
        <source>缴费日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="282"/>
        <source>经手人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="119"/>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="283"/>
        <source>尚欠</source>
        <translation>Still owed</translation>
    </message>
</context>
<context>
    <name>ClassPaymentDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/class_fees_page.py" line="78"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
</context>
<context>
    <name>ClassSupervisionPanel</name>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="64"/>
        <source>设为看护老师</source>
        <translation>Set supervisor</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="66"/>
        <source>恢复为班主任</source>
        <translation>Back to head teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="71"/>
        <source>点选班级，选老师，再点“设为看护老师”：日期范围内的每个课后服务日都由这位老师看护。</source>
        <translation>Tap a class, choose a teacher, then “Set supervisor”: that teacher supervises every service day in the date range.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="74"/>
        <source>只读：班级看护老师由校长安排。</source>
        <translation>Read-only: the principal assigns class supervisors.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="80"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="82"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="86"/>
        <source>看护老师</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="155"/>
        <source>请先点选一个班级。</source>
        <translation>Tap a class first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/class_supervision_panel.py" line="166"/>
        <source>%1 %2 至 %3 的 %4 个服务日由 %5 看护。</source>
        <translation>%1: %5 supervises the %4 service day(s) from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>ClassesTab</name>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="153"/>
        <source>新增班级</source>
        <translation>Add class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="154"/>
        <source>改名 / 班主任</source>
        <translation>Rename / head teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="155"/>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="216"/>
        <source>停用</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="180"/>
        <source>只有校长或系统管理员可以增改班级；这里只能查看。</source>
        <translation>Only the principal or the administrator can add or change classes; you can only look here.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="216"/>
        <source>重新启用</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="232"/>
        <source>已新增班级：%1</source>
        <translation>Class added: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="241"/>
        <source>已保存班级：%1</source>
        <translation>Class saved: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="286"/>
        <source>已重新启用：%1</source>
        <translation>Back in use: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="286"/>
        <source>已停用：%1（以往的记录都保留）</source>
        <translation>Set aside: %1 (its past records are kept)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="49"/>
        <source>班级</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="49"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="49"/>
        <source>班号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="49"/>
        <source>班主任</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="49"/>
        <source>在校学生</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="49"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="61"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="63"/>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/classes_tab.py" line="63"/>
        <source>已停用</source>
        <translation>Set aside</translation>
    </message>
</context>
<context>
    <name>CloseMonthDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="40"/>
        <source>月结 %1</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="45"/>
        <source>月结后，%1的台账、直报数据、收支公示和补助表都按现在的数字冻结保存（附校验码），以后打印出来都完全一样。

该月的签到、请假、交接、更正、报名和退出、收费、退费、减免和支出都不能再修改。如确需修改，校长可以写明理由重新打开该月，改完后再次月结；原来上报的数字会保留，与更正后的数字对照。</source>
        <translation>Closing %1 freezes the figures of its ledger, direct report, finance notice and subsidy sheet as they are now (with a check code); every later printout is identical.

Sign-ins, leave, handovers, corrections, enrolments and withdrawals, fees, refunds, waivers and expenses of that month can no longer be changed. If a change is really needed, the principal can reopen the month with a reason and close it again; the figures submitted first are kept beside the corrected ones.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="53"/>
        <source>确认月结</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="55"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="105"/>
        <source>%1 上报数字对照</source>
        <translation>%1: submitted and amended figures</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="109"/>
        <source>没有可对照的版本：该月未月结，或只月结过一次且没有重新打开。</source>
        <translation>Nothing to compare: the month is not closed, or was closed once and never reopened.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="111"/>
        <source>%1与%2的数字相同。</source>
        <translation>%1 and %2 have the same figures.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="114"/>
        <source>有 %1 项数字不同：</source>
        <translation>%1 figures differ:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="119"/>
        <source>项目</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="130"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="59"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="62"/>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="70"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="86"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="86"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="86"/>
        <source>情况说明</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="86"/>
        <source>违反的条款</source>
        <translation>Clause broken</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="102"/>
        <source>选中一条问题，这里显示条款原文和记录。</source>
        <translation>Select a problem to see the full clause and the record here.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="151"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="161"/>
        <source>需核查：%1</source>
        <translation>To review: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="165"/>
        <source>需人工确认</source>
        <translation>To confirm by hand</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="169"/>
        <source>%1 依据《%2》检查了 %3 个服务日的记录：</source>
        <translation>%1, checked %3 service days against “%2”: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="175"/>
        <source>发现 %1 处问题。</source>
        <translation>%1 problems found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="178"/>
        <source>本月未发现不符合政策配置的情况。</source>
        <translation>Nothing this month breaks the policy profile.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="183"/>
        <source>另有 %1 条记录需核查（不计为问题）。</source>
        <translation> %1 more record(s) to review (not counted as problems).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="188"/>
        <source>%1 项无法从记录核对，需人工确认（在台账上签字确认）。</source>
        <translation> %1 duties cannot be checked from the records and are to be confirmed by hand (signed on the ledger).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="194"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="195"/>
        <source>%1 %2 处</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="232"/>
        <source>%1 的缺席提醒：在“签到”页选该班查看当天记录</source>
        <translation>absence alert of %1: pick the class on the Sign-in page to see that day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="233"/>
        <source>%1 的带班领导值班记录：见“值班看板”</source>
        <translation>duty-leader record of %1: see the Duty board</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="234"/>
        <source>%1 该班的管理教师在岗记录：见“值班看板”</source>
        <translation>the class supervisor&apos;s record of %1: see the Duty board</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="237"/>
        <source>%1 该班当天的服务记录（未登记管理教师）</source>
        <translation>the class&apos;s service record of %1 (no supervisor entered)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="238"/>
        <source>报名记录：见“学生名册”中该生的报名情况</source>
        <translation>enrolment record: see the pupil&apos;s enrolment in the Roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="239"/>
        <source>收费标准：用命令 fee list 查看</source>
        <translation>fee standard: see the command fee list</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="240"/>
        <source>%1 全校当天的服务记录：在“签到”页查看各班</source>
        <translation>the whole school&apos;s service record of %1: see each class on the Sign-in page</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="241"/>
        <source>%1 该生当天的签到、离校记录：在“放学交接”页选该班查看</source>
        <translation>the pupil&apos;s sign-in and departure of %1: choose the class on the Handover page</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="244"/>
        <source>收费记录：用命令 charges 查看该月应收</source>
        <translation>charge record: see the month&apos;s charges with the command charges</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="245"/>
        <source>缴费记录：用命令 account 查看该生账户</source>
        <translation>payment record: see the pupil&apos;s account with the command account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="246"/>
        <source>收支台账记录：见“财务”页该月的收支台账</source>
        <translation>ledger entry: see the month&apos;s income and expenses on the Finance page</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="247"/>
        <source>补助标准：用命令 subsidy show 查看</source>
        <translation>subsidy rate: see the command subsidy show</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="249"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="252"/>
        <source>没有记录可以核对：由负责人在月度台账“需人工确认的事项”中签字确认。</source>
        <translation>No record shows this: the person responsible confirms it by signing the checklist of duties to confirm in the monthly ledger.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="267"/>
        <source>日期：%1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="268"/>
        <source>情况：%1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="269"/>
        <source>记录：%1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="270"/>
        <source>记录编号：%1</source>
        <translation>Record id: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="212"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/compliance_page.py" line="217"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="48"/>
        <source>监护人同意（个人信息保护法：未成年人信息须经监护人同意）</source>
        <translation>Guardian&apos;s consent (PIPL: a minor&apos;s information needs the guardian&apos;s consent)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="55"/>
        <source>参加课后服务</source>
        <translation>Taking part in the service</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="55"/>
        <source>减免名单公示</source>
        <translation>Publication on the waiver list</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="59"/>
        <source>签署的监护人</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="60"/>
        <source>登记同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="61"/>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="71"/>
        <source>凭监护人签字的纸质同意书登记，登记或撤回后立即生效，不用再点“保存”。</source>
        <translation>Record it from the consent form the guardian signed. Recording or withdrawing takes effect at once; there is no need to press Save.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="87"/>
        <source>已同意：%1 于 %2 签署</source>
        <translation>Consented: signed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="93"/>
        <source>已撤回（%1）</source>
        <translation>Withdrawn (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/consent_box.py" line="96"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="58"/>
        <source>记录联系 — %1</source>
        <translation>Record contact — %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="67"/>
        <source>联系上了</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="68"/>
        <source>没联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="80"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="85"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="87"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="98"/>
        <source>联系了谁</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="99"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="100"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="101"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="102"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="121"/>
        <source>生病</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="121"/>
        <source>在家</source>
        <translation>At home</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="121"/>
        <source>家长已提前接走</source>
        <translation>Collected early</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="122"/>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="123"/>
        <source>原因不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="123"/>
        <source>家长在路上</source>
        <translation>Parent on the way</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/alert_panel.py" line="123"/>
        <source>委托他人来接</source>
        <translation>Someone else will collect</translation>
    </message>
</context>
<context>
    <name>CopyProfileDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="44"/>
        <source>复制为可编辑副本</source>
        <translation>Copy as editable version</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="48"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="49"/>
        <source>复制“%1”，按本县文件调整。</source>
        <translation>Copy “%1” to adjust it to your county&apos;s documents.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="55"/>
        <source>%1（本校调整）</source>
        <translation>%1 (school version)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="57"/>
        <source>编号（文件名）</source>
        <translation>ID (file name)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="58"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="59"/>
        <source>编号只用小写字母、数字和连字符，例如 my-county-2025。</source>
        <translation>Use only lowercase letters, digits and hyphens, e.g. my-county-2025.</translation>
    </message>
</context>
<context>
    <name>CountyWindow</name>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="57"/>
        <source>文件损坏或被改动</source>
        <translation>Damaged or altered</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="58"/>
        <source>格式比本程序新</source>
        <translation>Newer format</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="59"/>
        <source>不在学校名单上</source>
        <translation>Not on the list</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="60"/>
        <source>月份不对</source>
        <translation>Wrong month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="61"/>
        <source>未月结</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="62"/>
        <source>记录不全</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="63"/>
        <source>数字异常</source>
        <translation>Outlier</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="66"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="195"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="201"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="67"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="195"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="202"/>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="68"/>
        <source>报送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="69"/>
        <source>已月结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="70"/>
        <source>记录完整</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="71"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="218"/>
        <source>重报</source>
        <translation>Resent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="72"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="400"/>
        <source>在校学生</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="73"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="403"/>
        <source>参加学生</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="74"/>
        <source>参与率</source>
        <translation>Take-up</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="75"/>
        <source>出勤率</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="76"/>
        <source>缺席人次</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="77"/>
        <source>教师总数</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="78"/>
        <source>参与教师</source>
        <translation>Serving</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="79"/>
        <source>收费标准（元）</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="80"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="217"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="139"/>
        <source>课后服务台 — 县教育局汇总</source>
        <translation>After-School Desk — county bureau</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="153"/>
        <source>（还没有选择）</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="154"/>
        <source>（还没有导入）</source>
        <translation>(not imported yet)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="157"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="158"/>
        <source>导入学校名单…</source>
        <translation>Import school list…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="159"/>
        <source>重新汇总</source>
        <translation>Collect again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="160"/>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="161"/>
        <source>按县里的模板导出…</source>
        <translation>Export to county template…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="164"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="172"/>
        <source>报送包文件夹</source>
        <translation>Packages folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="175"/>
        <source>学校名单</source>
        <translation>School list</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="182"/>
        <source>请选择报送包所在的文件夹，并导入全县学校名单（Excel 或 CSV，含“学校标识码”和“学校名称”两列）。</source>
        <translation>Choose the folder holding the schools&apos; packages and import the county&apos;s list of schools (Excel or CSV with the columns 学校标识码 and 学校名称).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="197"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="197"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="197"/>
        <source>说明</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="203"/>
        <source>份数</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="204"/>
        <source>采用</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="205"/>
        <source>全部文件</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="209"/>
        <source>项目</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="209"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="219"/>
        <source>全县合计</source>
        <translation>County total</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="209"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="211"/>
        <source>全县各月：在校学生与参加课后服务的学生</source>
        <translation>The county by month: pupils on the registers and taking part</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="212"/>
        <source>文件夹里还没有名单上学校的报送包</source>
        <translation>No packages of listed schools in the folder yet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="215"/>
        <source>各校情况</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="216"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="442"/>
        <source>未报送</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="220"/>
        <source>各月趋势</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="224"/>
        <source>县教育局汇总：各校课后服务月度报送包</source>
        <translation>County bureau: the schools&apos; monthly packages</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="268"/>
        <source>选择存放报送包的文件夹</source>
        <translation>Choose the packages folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="273"/>
        <source>导入全县学校名单</source>
        <translation>Import the county&apos;s school list</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="273"/>
        <source>学校名单 (*.xlsx *.xls *.csv)</source>
        <translation>School lists (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="278"/>
        <source>选择县里的汇总模板</source>
        <translation>Choose the county&apos;s template</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="278"/>
        <location filename="../../after_school_desk/ui/county_window.py" line="283"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="283"/>
        <source>导出汇总表</source>
        <translation>Export the summary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="312"/>
        <source>%1（%2 所学校）</source>
        <translation>%1 (%2 schools)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="339"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="342"/>
        <source>%1：名单上 %2 所学校，已报送 %3 所，未报送 %4 所，待核实问题 %5 个；全县参加课后服务学生 %6 人，参与率 %7。</source>
        <translation>%1: %2 schools listed, %3 sent, %4 not sent, %5 problems to check; %6 pupils taking part in the county, take-up %7.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="392"/>
        <source>未报送（%1）</source>
        <translation>Not sent (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="393"/>
        <source>问题（%1）</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="394"/>
        <source>重报（%1）</source>
        <translation>Resent (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="407"/>
        <source>%1：%2 所学校报送，参与率 %3</source>
        <translation>%1: %2 schools sent, take-up %3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="414"/>
        <source>读取了 %1 个文件。</source>
        <translation>Read %1 files.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="432"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="432"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="442"/>
        <source>已报送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="456"/>
        <source>报送包：%1（%2）</source>
        <translation>Package: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="482"/>
        <source>没有导出：%1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="486"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/county_window.py" line="488"/>
        <source>（模板中不认识的占位符没有填写：%1）</source>
        <translation> (unknown placeholders left unfilled: %1)</translation>
    </message>
</context>
<context>
    <name>DataFolderBox</name>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="115"/>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="136"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="119"/>
        <source>学校的数据文件、每天的自动备份和政策配置都放在数据文件夹里。可以把它移到这台电脑的另一个磁盘（例如 D 盘）；不能放在 U 盘、存储卡或网络共享文件夹里。</source>
        <translation>The school&apos;s data file, the daily automatic backups and the policy profiles are kept in the data folder. It can be moved to another disk of this PC (for example drive D:); it cannot be on a USB stick, a memory card or a network share.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="134"/>
        <source>现在的位置</source>
        <translation>Where it is now</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="138"/>
        <source>学校数据文件</source>
        <translation>School data file</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="139"/>
        <source>文件大小</source>
        <translation>File size</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="140"/>
        <source>移动时复制</source>
        <translation>Copied when moving</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="141"/>
        <source>所在磁盘剩余空间</source>
        <translation>Free space on its disk</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="145"/>
        <source>移动时窗口会先关闭，程序把数据复制到新文件夹并逐一检查，检查通过后才改用新文件夹，然后自动重新打开，不用重新登录。旧文件夹里的数据原样保留，完成后的提示会写明哪些可以删除。</source>
        <translation>When moving, the window closes first; the program copies the data to the new folder and checks every copy, switches to the new folder only once the checks pass, and then opens again by itself without a new log-in. The data in the old folder is kept as it was; the message at the end says what may be deleted.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="153"/>
        <source>更改数据文件夹…</source>
        <translation>Change data folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="156"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="191"/>
        <source>（默认位置）</source>
        <translation>(the default place)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="192"/>
        <source>（已从默认位置移到这里）</source>
        <translation>(moved here from the default place)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="193"/>
        <source>（由环境变量 APP_DATA_DIR 指定）</source>
        <translation>(set by the environment variable APP_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="200"/>
        <source>%1，共 %2</source>
        <translation>%1, %2 in all</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="202"/>
        <source>（数据文件夹里还没有数据）</source>
        <translation>(the data folder holds no data yet)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="205"/>
        <source>还剩 %1（%2）</source>
        <translation>%1 free (%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="207"/>
        <source>%1（系统没有报告剩余空间）</source>
        <translation>%1 (the system did not report the free space)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="216"/>
        <source>数据文件现在是只读的，不能移动：%1 请先从备份恢复。</source>
        <translation>The data file is read-only now and cannot be moved: %1 Please restore it from a backup first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="243"/>
        <source>选择新的数据文件夹（空文件夹）</source>
        <translation>Choose the new data folder (an empty folder)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="269"/>
        <source>这里不能移动数据文件夹，请用命令行 data-folder set。</source>
        <translation>The data folder cannot be moved from here; use the command data-folder set.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="280"/>
        <source>（还没有数据，只改设置）</source>
        <translation>(no data yet: only the setting changes)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="283"/>
        <source>把数据文件夹移到：
%1</source>
        <translation>Move the data folder to:
%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="284"/>
        <source>要复制并检查：%1。</source>
        <translation>To be copied and checked: %1.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="286"/>
        <source>窗口会先关闭，复制并检查完成后自动重新打开，不用重新登录。正在填写还没有保存的内容请先保存。</source>
        <translation>The window closes first and opens again by itself once the copy is made and checked; you stay logged in. Save anything you are still filling in first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="290"/>
        <source>旧文件夹 %1 原样保留；新文件夹里的副本检查通过后，程序才改用新文件夹。</source>
        <translation>The old folder %1 is kept as it is; the program switches to the new folder only after the copies in it pass their checks.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="298"/>
        <source>移动数据文件夹</source>
        <translation>Move the data folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="302"/>
        <source>移动</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/data_folder_box.py" line="303"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DayPages</name>
    <message>
        <location filename="../../after_school_desk/ui/day_common.py" line="98"/>
        <source>程序出现意外错误，这次操作没有完成。</source>
        <translation>An unexpected error occurred; this action was not completed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/day_common.py" line="143"/>
        <source>您还不是任何班级的班主任。请校长在教职工设置里指定班主任后再使用本页。</source>
        <translation>You are not the head teacher of any class yet. Ask the principal to assign you a class in the staff settings.</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="209"/>
        <source>设为放假</source>
        <translation>Set days off</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="216"/>
        <source>例如：秋季运动会、期中考试、村里集会</source>
        <translation>e.g. autumn sports day, mid-term exams, village fair</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="218"/>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="219"/>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="221"/>
        <source>放假原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="224"/>
        <source>这些天不安排课后服务。法定节假日请用“录入节假日通知”。</source>
        <translation>No after-school service on these days. For public holidays use “Enter holiday notice”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="238"/>
        <source>请写明放假原因。</source>
        <translation>Please give the reason for the days off.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="242"/>
        <source>已设为放假：%1（%2 天）。</source>
        <translation>Days off set: %1 (%2 day(s)).</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../after_school_desk/ui/diagnostics.py" line="57"/>
        <source>程序出现意外错误，刚才的操作可能没有完成。</source>
        <translation>An unexpected error occurred; the last action may not have been completed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/diagnostics.py" line="58"/>
        <source>请检查刚才的记录是否已经保存；如果没有，请再做一次。如果错误反复出现，请关闭程序后重新打开，并把下面的日志文件交给县里的信息技术人员。</source>
        <translation>Please check whether the last record was saved; if not, do it again. If the error keeps coming back, close and reopen the program, and give the log file below to the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/diagnostics.py" line="62"/>
        <source>日志文件：</source>
        <translation>Log file: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/diagnostics.py" line="97"/>
        <source>程序出现意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>DutyBoardModel</name>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="37"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="38"/>
        <source>管理老师</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="39"/>
        <source>报名</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="40"/>
        <source>到校</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="41"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="42"/>
        <source>缺席
未结</source>
        <translation>Absent
open</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="43"/>
        <source>缺席
已结</source>
        <translation>Absent
closed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="45"/>
        <source>自行
离校</source>
        <translation>Left
alone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="46"/>
        <source>延时
托管</source>
        <translation>Ext.
care</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="49"/>
        <source>延迟
接走</source>
        <translation>Late
pickup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="99"/>
        <source>等%1同步</source>
        <translation>waiting for %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="104"/>
        <source>这个班在“%1”上签到；那台电脑最后同步 %2，之后的记录还没到本机。</source>
        <translation>This class is signed in on “%1”; that PC last synced at %2, and what it recorded since has not reached this PC yet.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="44"/>
        <source>已交接</source>
        <translation>Gone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="47"/>
        <source>仍在校</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="48"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_model.py" line="64"/>
        <source>全校合计</source>
        <translation>School total</translation>
    </message>
</context>
<context>
    <name>DutyBoardPage</name>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="58"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="64"/>
        <source>确认到岗</source>
        <translation>Confirm on post</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="66"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="132"/>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="136"/>
        <source>如：完成数学作业，书法社团活动</source>
        <translation>e.g. maths homework, calligraphy club</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="137"/>
        <source>记下</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="154"/>
        <source>还有未处理事项时，写明原因才能签结（如：家长电话停机，已请村委会协助）</source>
        <translation>With open items, write the reason to sign off (e.g. parent&apos;s phone cut off, village committee asked to help)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="156"/>
        <source>签结今天</source>
        <translation>Sign off today</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="125"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="147"/>
        <source>值班记录</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="170"/>
        <source>签结</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="233"/>
        <source>%1 更新，每 30 秒自动刷新</source>
        <translation>Updated %1, refreshes every 30 s</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="235"/>
        <source>未排班</source>
        <translation>not rostered</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="237"/>
        <source>已于 %1 签结</source>
        <translation>signed off at %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="239"/>
        <source>%1 到岗</source>
        <translation>on post at %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="241"/>
        <source>尚未确认到岗</source>
        <translation>not yet on post</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="243"/>
        <source>带班领导：%1 · %2</source>
        <translation>Duty leader: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="247"/>
        <source>提醒（%1）</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="257"/>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="337"/>
        <source>今天已签结。</source>
        <translation>Today is signed off.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="259"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="261"/>
        <source>还有 %1 项未处理，处理完毕或写明原因后才能签结：</source>
        <translation>%1 open item(s): resolve them, or write the reason, to sign off:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="265"/>
        <source>每位学生都已有去向，提醒都已关闭，可以签结。</source>
        <translation>Every pupil is accounted for and all alerts are closed: ready to sign off.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="268"/>
        <source>签结（%1）</source>
        <translation>Sign-off (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="289"/>
        <source>本机同步没有成功：%1</source>
        <translation>This PC&apos;s sync failed: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="314"/>
        <source>已确认到岗：%1。</source>
        <translation>On post at %1.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="328"/>
        <source>值班记录已保存。</source>
        <translation>Duty log saved.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_board_page.py" line="228"/>
        <source>服务时间</source>
        <translation>Service time</translation>
    </message>
</context>
<context>
    <name>DutyCalendar</name>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="38"/>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="38"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="38"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="38"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="38"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="39"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="39"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="103"/>
        <source>带班领导：%1</source>
        <translation>Duty leader: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="107"/>
        <source>这一天还没有安排带班领导</source>
        <translation>No duty leader for this day yet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_calendar.py" line="106"/>
        <source>未安排</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>DutyRosterPage</name>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="74"/>
        <source>值班安排</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="76"/>
        <source>‹ 上月</source>
        <translation>‹ Prev</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="79"/>
        <source>下月 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="80"/>
        <source>生成本学期值班表</source>
        <translation>Generate term roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="90"/>
        <source>安排带班</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="92"/>
        <source>交换…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="98"/>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="222"/>
        <source>周%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="103"/>
        <source>保存不能值班的日子</source>
        <translation>Save unavailable days</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="125"/>
        <source>不能值班的星期</source>
        <translation>Unavailable weekdays</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="136"/>
        <source>只读：值班安排由校长负责。</source>
        <translation>Read-only: the principal makes the duty roster.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="169"/>
        <source>带班领导</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="174"/>
        <source>班级看护</source>
        <translation>Class supervision</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="206"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="218"/>
        <source>%1（校长）</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="226"/>
        <source>%1：每天都能值班</source>
        <translation>%1: available every day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="228"/>
        <source>%1：%2不能值班</source>
        <translation>%1: not available on %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="236"/>
        <source>%1月%2日 星期%3</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="248"/>
        <source>点日历上的一天，查看或安排带班领导。</source>
        <translation>Tap a day in the calendar to see or assign the duty leader.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="250"/>
        <source>自动轮换</source>
        <translation>rotation</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="250"/>
        <source>手工安排</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="251"/>
        <source>对调</source>
        <translation>swapped</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="254"/>
        <source>%1：%2 带班（%3）</source>
        <translation>%1: %2 on duty (%3)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="262"/>
        <source>%1：还没有安排带班领导</source>
        <translation>%1: no duty leader yet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="286"/>
        <source>请先点日历上的一天。</source>
        <translation>Tap a day in the calendar first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="294"/>
        <source>%1 由 %2 带班。</source>
        <translation>%1: %2 is on duty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="307"/>
        <source>请先点一个已安排带班领导的日子，再点“交换”。</source>
        <translation>First tap a day that has a duty leader, then “Swap”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="310"/>
        <source>请点要与 %1（%2）对调的另一天；再点“交换”取消。</source>
        <translation>Tap the day to swap with %1 (%2); tap “Swap” again to cancel.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="319"/>
        <source>已取消交换。</source>
        <translation>Swap cancelled.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="330"/>
        <source>已对调：%1 由 %2 带班，%3 由 %4 带班。</source>
        <translation>Swapped: %1 now %2, %3 now %4.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="346"/>
        <source>。重新生成值班表时会避开这些日子。</source>
        <translation>. A new roster will avoid these days.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="353"/>
        <source>还没有设置学期，无法生成值班表。</source>
        <translation>No term is set up yet, so no roster can be generated.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="376"/>
        <source>%1 %2 天</source>
        <translation>%1 %2 day(s)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="379"/>
        <source>已排好 %1 至 %2 的 %3 个服务日：%4。</source>
        <translation>Rostered %3 service day(s) from %1 to %2: %4.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_page.py" line="383"/>
        <source>其中 %1 天没有人能值班（都在不能值班的星期）：%2</source>
        <translation> %1 day(s) have nobody available (all unavailable that weekday): %2</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="81"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="85"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnrolmentHistoryBox</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="22"/>
        <source>课后服务报名</source>
        <translation>After-school enrolment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="47"/>
        <source>未报名课后服务。</source>
        <translation>Not enrolled in after-school service.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="63"/>
        <source>（自 %1 起参加）</source>
        <translation> (from %1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="65"/>
        <source>（%1 起不再参加）</source>
        <translation> (left from %1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="69"/>
        <source>；协议已签（%1，%2）</source>
        <translation>; agreement signed (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="74"/>
        <source>；协议未签</source>
        <translation>; agreement not signed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="81"/>
        <source>家长%1提出申请</source>
        <translation>Applied by parent %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="81"/>
        <source>申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="83"/>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="98"/>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="104"/>
        <source>，%1登记</source>
        <translation>, recorded by %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="85"/>
        <source>班级初审：%1</source>
        <translation>Class review: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="85"/>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="87"/>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="87"/>
        <source>学校核准：%1</source>
        <translation>School approval: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="89"/>
        <source>，自 %1 起参加</source>
        <translation>, from %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="91"/>
        <source>不予核准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="93"/>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="94"/>
        <source>，理由：%1</source>
        <translation>, reason: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="96"/>
        <source>签订协议：%1签字</source>
        <translation>Agreement signed by %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="100"/>
        <source>退出课后服务</source>
        <translation>Withdrew from the service</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_history_box.py" line="102"/>
        <source>，原因：%1</source>
        <translation>, reason: %1</translation>
    </message>
</context>
<context>
    <name>EnrolmentModel</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="35"/>
        <source>未报名</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="36"/>
        <source>已申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="37"/>
        <source>班级已审</source>
        <translation>Class reviewed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="38"/>
        <source>已核准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="39"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="40"/>
        <source>已退出</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="47"/>
        <source>待班级初审</source>
        <translation>Awaiting class review</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="48"/>
        <source>待学校核准</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="49"/>
        <source>待签协议</source>
        <translation>Awaiting agreement</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="54"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="54"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="54"/>
        <source>报名状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="54"/>
        <source>服务方式</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="54"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="55"/>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="55"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="61"/>
        <source>理由：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="63"/>
        <source>%1 起退出</source>
        <translation>Withdrawn from %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_model.py" line="81"/>
        <source>未签</source>
        <translation>Not signed</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="99"/>
        <source>报名</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="105"/>
        <source>输入姓名 / 拼音首字母 / 学籍号查找</source>
        <translation>Find by name / pinyin initials / registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="106"/>
        <source>待我处理</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="109"/>
        <source>全班报名</source>
        <translation>Enrol class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="114"/>
        <source>取消选择</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="115"/>
        <source>登记申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="116"/>
        <source>班级初审</source>
        <translation>Class review</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="117"/>
        <source>学校核准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="119"/>
        <source>拒绝</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="120"/>
        <source>登记协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="121"/>
        <source>退出</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="122"/>
        <source>学生详情</source>
        <translation>Pupil details</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="128"/>
        <source>学校核准和拒绝由校长办理；您的身份是“%1”，可以登记申请、班级初审和协议。</source>
        <translation>Approval and refusal are for the principal; as “%1” you can record applications, class reviews and agreements.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="133"/>
        <source>点选一名或几名学生（再点一次取消），然后点下面的按钮。流程：家长申请 → 班级初审 → 学校核准 → 签订协议。</source>
        <translation>Tap one or more pupils (tap again to deselect), then a button below. Steps: parent applies → class review → school approval → agreement.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="225"/>
        <source>全班 %1 人 · 已核准 %2 · 待审 %3 · 未报名 %4 · 待我处理 %5</source>
        <translation>%1 pupils · approved %2 · pending %3 · not applied %4 · waiting for me %5</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="230"/>
        <source>待我处理（%1）</source>
        <translation>Waiting for me (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="238"/>
        <source> 等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="240"/>
        <source>已选 %1 人：%2</source>
        <translation>%1 selected: %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="243"/>
        <source>（先点选学生）</source>
        <translation>(tap a pupil first)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="256"/>
        <source>只有校长可以办理</source>
        <translation>Only the principal can do this</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="271"/>
        <source>%1 名学生：%2</source>
        <translation>%1 pupil(s): %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="300"/>
        <source>%1 全班（%2 人）</source>
        <translation>whole class %1 (%2 pupils)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="316"/>
        <source>已登记申请 %1 人，已核准 %2 人，原已报名 %3 人。</source>
        <translation>Applications recorded: %1; approved: %2; already enrolled: %3.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="345"/>
        <source>已完成班级初审 %1 人</source>
        <translation>Class review done for %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="350"/>
        <source>学校已核准 %1 人</source>
        <translation>School approved %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="365"/>
        <source>已登记不予核准：%1</source>
        <translation>Refusal recorded: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="377"/>
        <source>已登记 %1 的课后服务协议</source>
        <translation>Agreement recorded for %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_page.py" line="390"/>
        <source>%1 已退出课后服务</source>
        <translation>%1 has withdrawn from the service</translation>
    </message>
</context>
<context>
    <name>EraseExpiredDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="85"/>
        <source>清除过期个人信息</source>
        <translation>Erase expired personal data</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="93"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="95"/>
        <source>离校后保留</source>
        <translation>Keep after leaving</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="104"/>
        <source>将删除（不能恢复）：姓名（改为“已删除”）、学籍号（改为随机编号）、学号、出生日期，以及全部监护人、接送人和电话；同意书上的签署人也改为“已删除”。
保留：班级、类别标记、报名、出勤和收费记录，过去报表的人数不变。
只清除已离校归档、且离校日期早于保留期限的学生。</source>
        <translation>Will be deleted (cannot be undone): name (becomes “deleted”), registry no. (becomes a random number), student no., birth date, and all guardians, pickup adults and phones; signers on consent forms also become “deleted”.
Kept: class, category flags, enrolment, attendance and fee records; past report counts do not change.
Only archived pupils who left before the retention period are erased.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="127"/>
        <source>%1 及以前离校的学生已过保留期：将清除 %2 名（已离校、尚保留信息的共 %3 名）。</source>
        <translation>Pupils who left on or before %1 are past retention: %2 will be erased (%3 leavers still have data kept).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="133"/>
        <source>清除 %1 名学生的个人信息</source>
        <translation>Erase data of %1 pupil(s)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/privacy_dialog.py" line="135"/>
        <source>没有需要清除的学生</source>
        <translation>No pupils to erase</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="120"/>
        <source>设置收费标准</source>
        <translation>Set fee standard</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="121"/>
        <source>元，如 150 或 12.50</source>
        <translation>yuan, e.g. 150 or 12.50</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="125"/>
        <source>价格主管部门的审核文号</source>
        <translation>Price authority&apos;s approval document no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="126"/>
        <source>YYYY-MM-DD，可不填</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="128"/>
        <source>实际参加不足半月的按半月收取</source>
        <translation>Charge half a month when attending less than half the month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="129"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="130"/>
        <source>计费单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="131"/>
        <source>服务方式</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="132"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="133"/>
        <source>批复文号</source>
        <translation>Approval doc.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="134"/>
        <source>批复日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="135"/>
        <source>起用日期</source>
        <translation>Effective from</translation>
    </message>
</context>
<context>
    <name>FinanceModels</name>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="74"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="100"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="141"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="74"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="100"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="141"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="74"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="100"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="74"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="74"/>
        <source>应收</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="75"/>
        <source>减免</source>
        <translation>Waivers</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="75"/>
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="75"/>
        <source>本月已缴</source>
        <translation>Paid this month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="75"/>
        <source>账户结余</source>
        <translation>Account balance</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="87"/>
        <source>负数为尚未缴清，正数为多缴（可退）。</source>
        <translation>Negative: still owed; positive: overpaid (refundable).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="51"/>
        <source>起用日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="51"/>
        <source>服务方式</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="51"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="51"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="126"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="52"/>
        <source>计费单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="52"/>
        <source>不足半月</source>
        <translation>Half month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="52"/>
        <source>批复文号</source>
        <translation>Approval doc.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="52"/>
        <source>批复日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="63"/>
        <source>按半月收取</source>
        <translation>half month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="100"/>
        <location filename="../../after_school_desk/ui/finance_models.py" line="126"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="100"/>
        <source>比例</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="101"/>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="101"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="101"/>
        <source>批准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="101"/>
        <source>起始日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="102"/>
        <source>取消日期</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="126"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="126"/>
        <source>收/支</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="126"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="127"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="131"/>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="131"/>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_models.py" line="141"/>
        <source>减免金额（元）</source>
        <translation>Waived (yuan)</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="104"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="114"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="117"/>
        <source>教职工补助标准…</source>
        <translation>Staff subsidy rates…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="129"/>
        <source>收费标准</source>
        <translation>Fee standards</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="130"/>
        <source>本月收费</source>
        <translation>Charges this month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="131"/>
        <location filename="../../after_school_desk/ui/finance_page.py" line="244"/>
        <source>减免</source>
        <translation>Waivers</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="132"/>
        <location filename="../../after_school_desk/ui/finance_page.py" line="246"/>
        <source>退费</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="133"/>
        <source>收支账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="134"/>
        <source>本月结余</source>
        <translation>Monthly balance</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="149"/>
        <source>设置收费标准</source>
        <translation>Set fee standard</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="151"/>
        <source>标准按起用日期生效，旧标准保留为历史；超过政策上限的标准不能保存。</source>
        <translation>A standard applies from its effective date; older ones are kept as history. A standard above the policy cap cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="162"/>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="166"/>
        <location filename="../../after_school_desk/ui/finance_page.py" line="436"/>
        <source>生成本月账单</source>
        <translation>Bill this month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="168"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="182"/>
        <source>新增减免</source>
        <translation>Add waiver</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="184"/>
        <source>取消所选减免</source>
        <translation>Revoke selected waiver</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="187"/>
        <source>建档立卡学生按学籍标记自动免费。新增或取消减免后，请重新生成本月账单。</source>
        <translation>Pupils on the poverty register are free by their registry flag. After adding or revoking a waiver, bill the month again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="195"/>
        <source>查看账户</source>
        <translation>Show account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="197"/>
        <source>办理退费…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="201"/>
        <source>选择学生后查看其收费、缴费和退费。</source>
        <translation>Choose a pupil to see their charges, payments and refunds.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="210"/>
        <source>只退多缴部分，退费不超过已缴未退的金额；退费被拒时注明依据：本地文件的条款，或本程序的记账规则。</source>
        <translation>Only overpayment is refunded, never more than the family has paid and not yet had back; a refused refund names its basis: the local text&apos;s clause, or this program&apos;s bookkeeping rule.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="229"/>
        <source>记一笔支出</source>
        <translation>Record expense</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="231"/>
        <location filename="../../after_school_desk/ui/finance_page.py" line="247"/>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="243"/>
        <source>应收</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="245"/>
        <source>实收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="248"/>
        <source>收入合计</source>
        <translation>Total income</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="249"/>
        <source>支出合计</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="250"/>
        <source>结余</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="262"/>
        <source>单位：元。收入合计 = 实收 − 退费 + 其他收入；结余 = 收入合计 − 支出合计。</source>
        <translation>In yuan. Total income = paid − refunded + other income; balance = total income − total expenses.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="336"/>
        <source>本月还没有账单。设置收费标准后点“生成本月账单”。</source>
        <translation>No charges for this month yet. Set a fee standard, then press &quot;Bill this month&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="343"/>
        <source>共 %1 人，应缴 %2 元，本月已缴 %3 元；尚未缴清 %4 人。</source>
        <translation>%1 pupils, %2 yuan due, %3 yuan paid this month; %4 not yet paid in full.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="356"/>
        <source>本月支出 %1 元，其他收入 %2 元（学费收入见“本月结余”）。</source>
        <translation>Expenses this month %1 yuan, other income %2 yuan (fee income: see &quot;Monthly balance&quot;).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="370"/>
        <source>减免名单公示预览（%1 人，共 %2 元）</source>
        <translation>Public waiver list preview (%1 pupils, %2 yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="376"/>
        <source>公示只列班级、隐去中间字的姓名和金额；监护人未签署公示同意的 %1 人不列入。</source>
        <translation>The public list shows only class, masked name and amount; %1 pupils without the guardian&apos;s consent to publication are left out.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="410"/>
        <source>已设定收费标准：%1，自 %2 起执行。</source>
        <translation>Fee standard set: %1, effective from %2.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="435"/>
        <source>正在生成 %1 的账单…</source>
        <translation>Billing %1…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="441"/>
        <source>%1：%2 人，应收 %3 元，减免 %4 元；新增 %5、更新 %6、未变 %7、删除 %8。</source>
        <translation>%1: %2 pupils, %3 yuan charged, %4 yuan waived; %5 new, %6 updated, %7 unchanged, %8 removed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="452"/>
        <source>没有适用收费标准、未计费的学生 %1 人。</source>
        <translation> %1 pupils not billed: no fee standard applies.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="460"/>
        <source>请先在表中选中要收款的学生。</source>
        <translation>First select the pupil who pays in the table.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="472"/>
        <source>%1 缴费 %2 元已登记。</source>
        <translation>Payment of %2 yuan by %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="494"/>
        <source>%1：%2 减免 %3%，自 %4 起。请重新生成本月账单。</source>
        <translation>%1: %2 waiver of %3% from %4. Please bill the month again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="504"/>
        <source>请先在表中选中要取消的减免。</source>
        <translation>First select the waiver to revoke in the table.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="517"/>
        <source>已取消减免：%1，自 %2 起不再减免。</source>
        <translation>Waiver revoked: %1, no reduction from %2.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="525"/>
        <source>请先选择学生。</source>
        <translation>Choose a pupil first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="536"/>
        <source>收费：</source>
        <translation>Charges:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="538"/>
        <location filename="../../after_school_desk/ui/finance_page.py" line="541"/>
        <location filename="../../after_school_desk/ui/finance_page.py" line="544"/>
        <source>  无</source>
        <translation>  none</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="539"/>
        <source>缴费：</source>
        <translation>Payments:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="542"/>
        <source>退费：</source>
        <translation>Refunds:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="562"/>
        <source>%1 退费 %2 元，审批人 %3。</source>
        <translation>Refunded %2 yuan to %1, approved by %3.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="581"/>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="581"/>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/finance_page.py" line="583"/>
        <source>已登记%1：%2 %3 元（%4）。</source>
        <translation>%1 recorded: %2 %3 yuan (%4).</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/form_dialog.py" line="60"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/form_dialog.py" line="63"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GenerateRosterDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_dialogs.py" line="26"/>
        <source>重新生成值班表</source>
        <translation>Regenerate duty roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_dialogs.py" line="28"/>
        <source>%1 至 %2 已经排了 %3 天（其中手工安排或对调过的 %4 天）。
重新生成会按轮换替换自动排的日子。</source>
        <translation>%3 day(s) from %1 to %2 are already rostered (%4 of them by hand or swapped).
Regenerating replaces the rotation days.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_dialogs.py" line="37"/>
        <source>手工安排和对调过的日子也重新排</source>
        <translation>Also redo days set by hand or swapped</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_dialogs.py" line="44"/>
        <source>重新生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/duty_roster_dialogs.py" line="46"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="132"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="138"/>
        <source>扫接送卡（学籍号），或输入姓名 / 拼音首字母</source>
        <translation>Scan card, or type a name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="153"/>
        <source>点接走学生的人（请核对本人）：</source>
        <translation>Tap the adult collecting the pupil (check the face):</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="160"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="161"/>
        <source>转入延时托管</source>
        <translation>To extended care</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="162"/>
        <source>名单外的人…</source>
        <translation>Adult not on the list…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="163"/>
        <source>记录…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="270"/>
        <source>⚠ 延迟接走 %1 人：请联系家长</source>
        <translation>⚠ %1 late pickup(s): contact the parents</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="272"/>
        <source>延迟接走提醒：无</source>
        <translation>Late pickups: none</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="282"/>
        <source>在校 %1 · 延时托管 %2 · 已离校 %3</source>
        <translation>Here %1 · extended care %2 · gone %3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="285"/>
        <source>还没接走：%1 人</source>
        <translation>Not yet collected: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="307"/>
        <source>没有待交接的学生</source>
        <translation>No pupils waiting</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="307"/>
        <source>请点下一位学生，或扫卡</source>
        <translation>Tap the next pupil, or scan a card</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="314"/>
        <source>（%1 起）</source>
        <translation> (since %1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="316"/>
        <source> · 有自行离校同意书</source>
        <translation> · may leave alone (permission on file)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="340"/>
        <source>“%1”：本班待交接的学生中没有找到唯一的一位，请多输入几个字或点选。</source>
        <translation>“%1”: no single waiting pupil of this class matches; type more or tap the pupil.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="348"/>
        <source>%1 已不在校：%2</source>
        <translation>%1 is no longer here: %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="353"/>
        <source>请核对来接 %1 的人，再点他的名字。</source>
        <translation>Check the adult collecting %1, then tap their name.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="379"/>
        <source>%1 已交给 %2（%3），%t。</source>
        <translation>%1 handed to %2 (%3), %t.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="388"/>
        <source>%1 自行离校，%t。</source>
        <translation>%1 left alone, %t.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="396"/>
        <source>%1 转入延时托管，%t。</source>
        <translation>%1 moved to extended care, %t.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="410"/>
        <source>名单外的人不能由班主任放行：请今天的带班领导（或校长）来核实，由带班领导在本页点“名单外的人…”登记后放行。</source>
        <translation>A teacher cannot release a pupil to an adult not on the list: ask today&apos;s duty leader (or the principal) to check and record it with “Adult not on the list…” on this page.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="422"/>
        <source>%1 已交给名单外的 %2（%3），已记录放行理由，%t。</source>
        <translation>%1 handed to %2 (%3), not on the list; reason recorded, %t.</translation>
    </message>
</context>
<context>
    <name>HeadTeacherPanel</name>
    <message>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="75"/>
        <source>所选班级的班主任</source>
        <translation>Head teacher of the chosen class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="95"/>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="53"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="110"/>
        <source>点左边的一个班，再在这里选它的班主任。</source>
        <translation>Tap a class on the left, then choose its head teacher here.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="136"/>
        <source>已保存：%1 的班主任 → %2</source>
        <translation>Saved: head teacher of %1 → %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="45"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/head_teacher_panel.py" line="45"/>
        <source>班主任</source>
        <translation>Head teacher</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="80"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="80"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="80"/>
        <source>电脑</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="80"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="80"/>
        <source>改动</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="86"/>
        <source>共 %1 条记录，最新的在最上面。记录只能追加，不能修改或删除。</source>
        <translation>%1 records, newest first. Records can only be added, never changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="104"/>
        <source>没有找到修改记录。</source>
        <translation>No changes found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="107"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="125"/>
        <source>修改记录：%1（%2）</source>
        <translation>History: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/history_dialog.py" line="136"/>
        <source>修改记录：%1</source>
        <translation>History: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="45"/>
        <source>导入学生名册</source>
        <translation>Import pupil roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="50"/>
        <source>支持全国学籍系统导出的名册和班主任自己做的班级名单（.xlsx、.xls、.csv）。先检查不会改动任何数据；导入时有一行出错，整个文件都不会导入。</source>
        <translation>Accepts exports of the national pupil registry and teachers&apos; own class lists (.xlsx, .xls, .csv). Checking changes nothing; if any row is wrong, nothing from the file is imported.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="57"/>
        <source>请选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="57"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="60"/>
        <source>先检查（不导入）</source>
        <translation>Check only (no import)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="61"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="63"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="64"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="104"/>
        <source>选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="105"/>
        <source>名册文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Roster files (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="130"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="130"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="145"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="158"/>
        <source>检查通过，尚未导入。确认无误后请点“导入”。</source>
        <translation>Check passed; nothing imported yet. Click “Import” when ready.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="160"/>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="169"/>
        <source>文件有问题，没有导入任何数据：</source>
        <translation>The file has problems; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="171"/>
        <source>导入时发生意外错误，没有导入任何数据：</source>
        <translation>Unexpected error while importing; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/import_dialog.py" line="176"/>
        <source>已取消，没有导入任何数据。</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="180"/>
        <source>加入本校已有的电脑</source>
        <translation>Join the school&apos;s PCs</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="183"/>
        <source>请先在学校主机上设好同步文件夹（同步 → 选择同步文件夹…，再设为学校主机）。这台电脑从那里取得学校的全部数据，之后每分钟和其他电脑同步一次。学生、班级、教职工等学校基础信息仍只在学校主机上修改。</source>
        <translation>First set up the sync folder on the school hub (Sync → Choose sync folder…, then Make school hub). This PC takes all of the school&apos;s data from there and then syncs with the other PCs every minute. Pupils, classes, staff and other basic records are still changed on the school hub only.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="190"/>
        <source>学校主机上的共享文件夹、同步工具的文件夹或U盘</source>
        <translation>Shared folder on the hub, a sync tool&apos;s folder or a USB stick</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="191"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="197"/>
        <source>例如：一年级(1)班电脑</source>
        <translation>e.g. Grade 1 Class 1 PC</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="199"/>
        <source>同步文件夹</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="200"/>
        <source>本机名称</source>
        <translation>This PC&apos;s name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="208"/>
        <source>加入</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="212"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="227"/>
        <source>选择同步文件夹</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="234"/>
        <source>请选择同步文件夹。</source>
        <translation>Please choose the sync folder.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="14"/>
        <source>未到</source>
        <translation>Not here</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="15"/>
        <source>在校</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="16"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="17"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="18"/>
        <source>已交接</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="19"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="20"/>
        <source>延时托管</source>
        <translation>Extended care</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="21"/>
        <source>班主任/管理老师</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="22"/>
        <source>带班领导</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="23"/>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="24"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="25"/>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="26"/>
        <source>无需备案</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="27"/>
        <source>待备案</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="28"/>
        <source>已备案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="29"/>
        <source>未通过</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="30"/>
        <source>服务内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="31"/>
        <source>突发情况</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="32"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="33"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="34"/>
        <source>短信/微信</source>
        <translation>Text/WeChat</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="35"/>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="36"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="37"/>
        <source>留守儿童</source>
        <translation>Left-behind</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="38"/>
        <source>随迁子女</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="39"/>
        <source>残疾</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="40"/>
        <source>困境儿童</source>
        <translation>In hardship</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="41"/>
        <source>家庭经济困难</source>
        <translation>Low income</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="42"/>
        <source>建档立卡</source>
        <translation>Registered poor</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="43"/>
        <source>普惠托管</source>
        <translation>Basic care</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="44"/>
        <source>个性化课程</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="45"/>
        <source>低保</source>
        <translation>Subsistence</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="46"/>
        <source>特困</source>
        <translation>Extreme poverty</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="47"/>
        <source>孤儿</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="48"/>
        <source>其他困难</source>
        <translation>Other hardship</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="49"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="50"/>
        <source>已联系到家长</source>
        <translation>Guardian reached</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="51"/>
        <source>学生已到校</source>
        <translation>Pupil arrived</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="52"/>
        <source>学生已离校</source>
        <translation>Pupil has left</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="53"/>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="54"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="55"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="56"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="57"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="58"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/labels.py" line="59"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>LanSection</name>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="121"/>
        <source>本机没有安装 Syncthing，不能在局域网里自动同步；共享文件夹和U盘同步包照常可用。</source>
        <translation>Syncthing is not installed on this PC, so there is no automatic sync over the LAN; the shared folder and USB sync bundles still work.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="134"/>
        <source>本机的设备编号</source>
        <translation>This PC&apos;s device ID</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="136"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="144"/>
        <location filename="../../after_school_desk/ui/lan_section.py" line="322"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="155"/>
        <source>另一台电脑的老师可以用手机扫描或拍下这个编号</source>
        <translation>A teacher at the other PC can scan or photograph this ID with a phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="158"/>
        <source>随程序启动 Syncthing</source>
        <translation>Start Syncthing with the program</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="160"/>
        <source>粘贴或输入另一台电脑的设备编号</source>
        <translation>Paste or type the other PC&apos;s device ID</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="162"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="164"/>
        <source>自动（或如 192.168.1.10）</source>
        <translation>Automatic (or e.g. 192.168.1.10)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="167"/>
        <source>不填：在局域网里自动寻找。找不到时填那台电脑的地址，如 tcp://192.168.1.10:22001</source>
        <translation>Empty: found on the LAN automatically. If it is not found, enter that PC&apos;s address, e.g. tcp://192.168.1.10:22001</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="170"/>
        <source>配对</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="174"/>
        <source>另一台电脑的编号</source>
        <translation>Other PC&apos;s ID</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="177"/>
        <source>名字</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="179"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="273"/>
        <source>读不到</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="282"/>
        <source>Syncthing 已启动。</source>
        <translation>Syncthing has started.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="286"/>
        <source>Syncthing 正在运行，同步文件夹在本机和配对的电脑之间自动保持一致。</source>
        <translation>Syncthing is running: the sync folder is kept the same on this PC and the paired PCs.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="289"/>
        <source>正在启动 Syncthing…</source>
        <translation>Starting Syncthing…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="291"/>
        <source>Syncthing 没能启动：%1</source>
        <translation>Syncthing did not start: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="294"/>
        <source>设置同步文件夹后，Syncthing 随程序启动。</source>
        <translation>Syncthing starts with the program once a sync folder is set.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="296"/>
        <source>Syncthing 没有运行：勾选“随程序启动 Syncthing”后自动交换同步文件。</source>
        <translation>Syncthing is not running: tick “Start Syncthing with the program” to exchange sync files automatically.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="304"/>
        <source>还没有与其他电脑配对。</source>
        <translation>Not paired with any other PC yet.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="307"/>
        <source>配对的电脑：</source>
        <translation>Paired PCs:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="321"/>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="333"/>
        <source>Syncthing 已停止，以后也不随程序启动。</source>
        <translation>Syncthing has stopped and no longer starts with the program.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="335"/>
        <source>正在启动 Syncthing，以后随程序启动。</source>
        <translation>Starting Syncthing; from now on it starts with the program.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="338"/>
        <source>已保存。设置同步文件夹后，Syncthing 随程序启动。</source>
        <translation>Saved. Syncthing starts with the program once a sync folder is set.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="347"/>
        <source>正在配对…</source>
        <translation>Pairing…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="358"/>
        <source>已与 %1 配对。请在那台电脑的“同步”页也填入本机的编号并点“配对”。</source>
        <translation>Paired with %1. On that PC&apos;s “Sync” page, also enter this PC&apos;s ID and press “Pair”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="88"/>
        <source>本机 Syncthing 没有运行</source>
        <translation>Syncthing is not running on this PC</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="90"/>
        <source>已连接</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/lan_section.py" line="92"/>
        <source>未连接（那台电脑关机、没运行 Syncthing 或还没与本机配对）</source>
        <translation>not connected (that PC is off, not running Syncthing, or not yet paired with this PC)</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="323"/>
        <source>记一笔支出</source>
        <translation>Record expense</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="323"/>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="326"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="331"/>
        <source>按类别（“其他”须选择用途）</source>
        <translation>By category (choose one for “其他”)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="332"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="334"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="335"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="336"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="337"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LinkStaffDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="190"/>
        <source>关联教职工：%1</source>
        <translation>Link to staff: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="193"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="195"/>
        <source>教职工</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../after_school_desk/ui/list_tab.py" line="23"/>
        <source>已停用：%1</source>
        <translation>Disabled: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/list_tab.py" line="23"/>
        <source>已重新启用：%1</source>
        <translation>Enabled again: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="45"/>
        <source>锁定 — 请重新登录</source>
        <translation>Locked — log in again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="45"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="96"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="47"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="64"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="117"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="68"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="69"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="152"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="153"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="70"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="154"/>
        <source>用口令登录</source>
        <translation>Use a passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="86"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="86"/>
        <source>退格</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="105"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="108"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="152"/>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="153"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="154"/>
        <source>用数字键盘登录</source>
        <translation>Use the keypad</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="169"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/login_dialog.py" line="184"/>
        <source>校长和管理员需要先设置至少 6 位数字或一个口令，才能继续使用。</source>
        <translation>Principals and administrators must first set a PIN of at least 6 digits or a passphrase before going on.</translation>
    </message>
</context>
<context>
    <name>LongerSecretDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/longer_secret_dialog.py" line="23"/>
        <source>请设置更长的 PIN 或口令</source>
        <translation>Please set a longer PIN or a passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/longer_secret_dialog.py" line="26"/>
        <source>不设置，退出登录</source>
        <translation>Not now, log out</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/longer_secret_dialog.py" line="27"/>
        <source>为了学校数据安全，校长和管理员需要至少 6 位数字或一个口令。</source>
        <translation>To keep the school&apos;s data safe, principals and administrators need at least 6 digits or a passphrase.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/longer_secret_dialog.py" line="33"/>
        <source>新 PIN 或口令</source>
        <translation>New PIN or passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/longer_secret_dialog.py" line="34"/>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/longer_secret_dialog.py" line="39"/>
        <source>两次输入的不一致。</source>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="140"/>
        <location filename="../../after_school_desk/ui/main_window.py" line="193"/>
        <source>课后服务台 — %1</source>
        <translation>After-School Desk — %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="197"/>
        <source>只读模式：</source>
        <translation>Read-only mode: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="208"/>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="215"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="219"/>
        <source>报名</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="224"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="228"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="233"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="237"/>
        <source>值班安排</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="246"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="250"/>
        <source>本月概况</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="256"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="262"/>
        <source>校历</source>
        <translation>School calendar</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="268"/>
        <source>人员与账户</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="274"/>
        <source>学校设置</source>
        <translation>School settings</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="279"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="291"/>
        <source>班主任/管理老师</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="292"/>
        <source>带班领导</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="293"/>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="294"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="295"/>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="312"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="324"/>
        <source>%1（即将推出）</source>
        <translation>%1 (coming soon)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="340"/>
        <source>当前账户暂时没有可以使用的页面。</source>
        <translation>This account has no pages to use yet.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="351"/>
        <source>学校：%1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="353"/>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="361"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="362"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="364"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="366"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="368"/>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="370"/>
        <source>今天的修改记录…</source>
        <translation>Today&apos;s changes…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="372"/>
        <source>修改我的 PIN…</source>
        <translation>Change my PIN…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="382"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="383"/>
        <location filename="../../after_school_desk/ui/main_window.py" line="475"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="393"/>
        <source>自动锁定…</source>
        <translation>Automatic lock…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="396"/>
        <source>数据文件夹…</source>
        <translation>Data folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="399"/>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="400"/>
        <source>使用手册…</source>
        <translation>Manual…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="452"/>
        <source>使用手册</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="452"/>
        <source>无法打开使用手册：</source>
        <translation>Cannot open the manual: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="476"/>
        <source>界面语言已保存，下次启动程序时生效。</source>
        <translation>Language saved; it applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/main_window.py" line="243"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="82"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="83"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MonthCloseBox</name>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="154"/>
        <source>月结</source>
        <translation>Close month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="155"/>
        <source>冻结该月所有报表的数字，此后不能再修改该月的记录</source>
        <translation>Freeze the month&apos;s report figures; its records can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="156"/>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="157"/>
        <source>对照上报数字…</source>
        <translation>Compare figures…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="158"/>
        <source>首次上报的数字与更正后的数字对照</source>
        <translation>The figures first submitted beside the amended ones</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="236"/>
        <source>%1已月结（第%2版）。</source>
        <translation>%1 closed (version %2).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="252"/>
        <source>%1已重新打开，可以修改。</source>
        <translation>%1 reopened; it can be changed.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../after_school_desk/ui/month_picker.py" line="31"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="98"/>
        <source>新建登录账户</source>
        <translation>New login account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="102"/>
        <source>字母或数字，如 wanglaoshi</source>
        <translation>Letters or digits, e.g. wanglaoshi</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="105"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="108"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="109"/>
        <source>教职工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="110"/>
        <source>显示名称</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="111"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="112"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="113"/>
        <source>再输入一次 PIN</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="129"/>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="98"/>
        <source>录入国务院节假日通知</source>
        <translation>Enter the State Council holiday notice</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="101"/>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="105"/>
        <source>打开文件…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="106"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="113"/>
        <source>在这里粘贴国务院办公厅关于节假日安排的通知全文</source>
        <translation>Paste the whole State Council holiday notice here</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="122"/>
        <source>把国务院办公厅通知的全文粘贴进来（标题、落款一起粘贴也可以），或者打开保存了通知的 .txt、.docx 文件；PDF 请先在阅读器里复制文字。下面列出程序读到的每段放假和每个调休上班日，以及与原先安排的不同，核对无误再保存。也可以每行写一项：“2027-02-06..2027-02-12 春节”“2027-02-14 上班”。保存后该年安排即为“已确认”。</source>
        <translation>Paste the whole State Council notice (title and signature may come along), or open a .txt or .docx file holding it; from a PDF, copy the text in the reader first. Below are every holiday range and make-up workday the program read, and how they differ from what it had; check them, then save. One item per line also works: “2027-02-06..2027-02-12 春节”, “2027-02-14 上班”. Once saved, that year counts as “confirmed”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="130"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="165"/>
        <source>打开节假日通知</source>
        <translation>Open holiday notice</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="166"/>
        <source>通知文件 (*.txt *.docx);;所有文件 (*)</source>
        <translation>Notice files (*.txt *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="198"/>
        <source>已保存 %1 年的节假日安排（%2 天）。</source>
        <translation>Saved the %1 holidays (%2 day(s)).</translation>
    </message>
</context>
<context>
    <name>NoticePreviewModel</name>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="37"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="37"/>
        <source>节日</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="37"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="37"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="37"/>
        <source>与程序原先的安排相比</source>
        <translation>Compared with what the program had</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="40"/>
        <source>放假</source>
        <translation>Days off</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="41"/>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="42"/>
        <source>取消</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="54"/>
        <source>通知第 %1 行</source>
        <translation>Notice line %1</translation>
    </message>
</context>
<context>
    <name>NoticePreviewPanel</name>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="96"/>
        <source>按通知原文读取</source>
        <translation>read as published</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="96"/>
        <source>按每行一项的格式读取</source>
        <translation>read one item per line</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="98"/>
        <source>识别结果（%1）：放假 %2 天，调休上班 %3 天。程序原先：%4。</source>
        <translation>Understood (%1): %2 day(s) off, %3 make-up workday(s). The program had: %4.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="106"/>
        <source>有问题，不能保存：</source>
        <translation>Problems; cannot be saved:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="107"/>
        <source>未采用的内容（不会保存，请自行核对）：</source>
        <translation>Not used (will not be saved; please check yourself):</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/notice_preview_panel.py" line="113"/>
        <source>……还有 %1 处，请先核对上面这些。</source>
        <translation>… %1 more; check the ones above first.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../after_school_desk/ui/operations.py" line="308"/>
        <source>程序出现意外错误，这次操作没有完成。</source>
        <translation>An unexpected error occurred; this action was not completed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/operations.py" line="560"/>
        <source>没有完成</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="91"/>
        <source>名单外的人接走 — %1</source>
        <translation>Adult not on the list — %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="97"/>
        <source>如：家长电话委托，已核实身份</source>
        <translation>e.g. asked by the parent by phone, identity checked</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="102"/>
        <source>名单上的接送人：%1。放行名单外的人须写明理由，记录会永久保存。</source>
        <translation>Adults on the list: %1. Releasing to anyone else needs a written reason, kept on record.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="103"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="107"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="108"/>
        <source>与学生的关系</source>
        <translation>Relation to the pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="109"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="110"/>
        <source>放行理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/handover_page.py" line="111"/>
        <source>放行并记录</source>
        <translation>Release and record</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="65"/>
        <source>本月概况</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="68"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="78"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="86"/>
        <source>服务天数（已开展 / 计划）</source>
        <translation>Service days (held / planned)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="87"/>
        <source>参加学生</source>
        <translation>Pupils taking part</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="88"/>
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="89"/>
        <source>缺席跟进（已联系上 / 未关闭）</source>
        <translation>Follow-ups (reached / open)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="90"/>
        <source>跟进用时中位数</source>
        <translation>Median follow-up time</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="91"/>
        <location filename="../../after_school_desk/ui/overview_page.py" line="190"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="97"/>
        <source>每日参加人数</source>
        <translation>Pupils per day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="98"/>
        <source>每日延迟接走</source>
        <translation>Late pickups per day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="99"/>
        <source>各班出勤率（%）</source>
        <translation>Attendance rate by class (%)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="100"/>
        <source>缺席跟进用时（从提醒到联系上家长）</source>
        <translation>Follow-up time (alert → guardian reached)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="142"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="151"/>
        <source>本月上课日 %1 天</source>
        <translation>%1 school days</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="153"/>
        <source>%1 人</source>
        <translation>%1 pupils</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="157"/>
        <source>实到 %1 / 应到 %2 人次</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="163"/>
        <location filename="../../after_school_desk/ui/overview_page.py" line="212"/>
        <source>缺席 %1 人次</source>
        <translation>%1 absences</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="167"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="170"/>
        <source>%1 人次</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="171"/>
        <source>延时托管 %1 人次</source>
        <translation>Extended care: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="174"/>
        <source>统计截至 %1（本月尚未结束）</source>
        <translation>Up to %1 (month not over)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="184"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="185"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="191"/>
        <source>延时托管</source>
        <translation>Extended care</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="200"/>
        <source>%1（%2 人）</source>
        <translation>%1 (%2 pupils)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/overview_page.py" line="211"/>
        <source> 人次</source>
        <translation> cases</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/reports/ledger_data.py" line="31"/>
        <source>≤10分</source>
        <translation>≤10 min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/reports/ledger_data.py" line="31"/>
        <source>11–30分</source>
        <translation>11–30 min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/reports/ledger_data.py" line="31"/>
        <source>31–60分</source>
        <translation>31–60 min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/reports/ledger_data.py" line="32"/>
        <source>&gt;60分</source>
        <translation>&gt;60 min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/reports/ledger_data.py" line="33"/>
        <source>未关闭</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/passphrase_dialog.py" line="33"/>
        <source>备份口令</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/passphrase_dialog.py" line="35"/>
        <source>再输一遍</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/passphrase_dialog.py" line="40"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/passphrase_dialog.py" line="42"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/passphrase_dialog.py" line="57"/>
        <source>请输入学校的备份口令。</source>
        <translation>Please enter the school&apos;s backup passphrase.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/passphrase_dialog.py" line="60"/>
        <source>两次输入的备份口令不一样，请重新输入。</source>
        <translation>The two passphrases differ. Please type them again.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="164"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="166"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="173"/>
        <source>收据上的编号</source>
        <translation>Number on the receipt</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="175"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="176"/>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="177"/>
        <source>缴费方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="178"/>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="179"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../after_school_desk/ui/pdf_pages.py" line="45"/>
        <source>打不开这份 PDF 文件：%1</source>
        <translation>Cannot open this PDF file: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_pages.py" line="84"/>
        <source>这份 PDF 文件已经关闭。</source>
        <translation>This PDF file has been closed.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="197"/>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="199"/>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="200"/>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="202"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="203"/>
        <source>实际大小 100%</source>
        <translation>Actual size 100%</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="233"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="235"/>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="454"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="236"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="270"/>
        <source>这是前 %1 页，其余页面正在生成，生成后即可打印或另存为。</source>
        <translation>These are the first %1 pages; the rest are being made. Printing and saving are possible once they are ready.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="273"/>
        <source>（%1%）</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="293"/>
        <source>已生成全部 %1 页，可以打印或另存为。</source>
        <translation>All %1 pages are ready to print or save.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="336"/>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="336"/>
        <source>第 %1 页，已生成 %2 页…</source>
        <translation>Page %1, %2 pages made so far…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="345"/>
        <source>本机没有安装打印机：可以另存为 PDF，拿到有打印机的电脑上打印。</source>
        <translation>No printer is installed on this PC: save the PDF and print it on a PC that has a printer.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="369"/>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="452"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="398"/>
        <source>没有打印。</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="406"/>
        <source>已打印 %1 页到文件：%2</source>
        <translation>Printed %1 page(s) to the file: %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="408"/>
        <source>已发送 %1 页到打印机 %2。</source>
        <translation>Sent %1 page(s) to the printer %2.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="424"/>
        <source>打印机没有准备好，没有打印。请检查打印机后再试。</source>
        <translation>The printer is not ready; nothing was printed. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="433"/>
        <source>打印中断了：打印机不再接收新的一页。</source>
        <translation>Printing stopped: the printer no longer accepts another page.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="455"/>
        <source>不打印</source>
        <translation>Don&apos;t print</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="471"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="472"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="488"/>
        <source>没有保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pdf_preview.py" line="490"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModels</name>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="28"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="28"/>
        <location filename="../../after_school_desk/ui/people_models.py" line="55"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="28"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="28"/>
        <source>备案</source>
        <translation>Vetting</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="28"/>
        <source>班主任</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="28"/>
        <location filename="../../after_school_desk/ui/people_models.py" line="55"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="46"/>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="46"/>
        <location filename="../../after_school_desk/ui/people_models.py" line="67"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="55"/>
        <source>显示名称</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="55"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="55"/>
        <source>关联教职工</source>
        <translation>Link to staff</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="68"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="68"/>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_models.py" line="73"/>
        <source>（未关联）</source>
        <translation>(not linked)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="21"/>
        <source>人员与账户</source>
        <translation>People and accounts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="23"/>
        <source>修改我的 PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="28"/>
        <source>命令行身份没有 PIN。</source>
        <translation>The command-line identity has no PIN.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="44"/>
        <source>教职工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="45"/>
        <source>登录账户</source>
        <translation>Login accounts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="47"/>
        <source>班级</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_page.py" line="60"/>
        <source>你的 PIN 已修改。</source>
        <translation>Your PIN has been changed.</translation>
    </message>
</context>
<context>
    <name>PinRules</name>
    <message>
        <location filename="../../after_school_desk/ui/pin_rules.py" line="15"/>
        <source>校长和系统管理员：6–12 位数字，或至少 8 个字符、不全是数字的口令。</source>
        <translation>Principals and administrators: 6–12 digits, or a passphrase of at least 8 characters that is not all digits.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pin_rules.py" line="18"/>
        <source>4–12 位数字，或至少 6 个字符的密码。</source>
        <translation>4–12 digits, or a password of at least 6 characters.</translation>
    </message>
</context>
<context>
    <name>ProfileBox</name>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="85"/>
        <source>政策依据</source>
        <translation>Policy basis</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="103"/>
        <source>所选政策从这一天起执行；之前的日子仍按原来的政策</source>
        <translation>The chosen policy applies from this day; the days before keep the earlier policy</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="104"/>
        <source>改用所选政策</source>
        <translation>Use selected policy</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="106"/>
        <source>复制为可编辑副本…</source>
        <translation>Copy to edit…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="111"/>
        <source>收费上限、补助倍数、服务时间和合规检查都按所选政策配置执行。本县文件与内置配置不同时，先复制一份，再按文件修改副本。</source>
        <translation>Fee caps, subsidy multipliers, service times and compliance checks follow the chosen policy profile. If your county&apos;s documents differ from the built-in profile, copy it and edit the copy to match.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="120"/>
        <location filename="../../after_school_desk/ui/profile_box.py" line="132"/>
        <source>生效日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="120"/>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="120"/>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="143"/>
        <source>执行过的政策配置</source>
        <translation>Policy profiles in force</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="165"/>
        <source>（本校副本）</source>
        <translation> (school copy)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="167"/>
        <location filename="../../after_school_desk/ui/profile_box.py" line="201"/>
        <source> ← 现用</source>
        <translation> ← in use</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="174"/>
        <source>现用政策配置“%1”无法读取</source>
        <translation>The policy profile in use, “%1”, cannot be read</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="178"/>
        <source>现用：%1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="179"/>
        <source>（未写明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="180"/>
        <source>依据文件：《%1》</source>
        <translation>Document: “%1”</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="183"/>
        <source>本校副本，保存在学校数据库中（随备份和同步）</source>
        <translation>The school&apos;s own copy, kept in the school&apos;s database (it goes with backups and sync)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="186"/>
        <source>本校副本，文件：%1</source>
        <translation>School copy, file: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="198"/>
        <source>学校设置时</source>
        <translation>At set-up</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="203"/>
        <source>（待生效）</source>
        <translation> (not yet in force)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="234"/>
        <source>已改用政策配置“%1”，自 %2 起执行：收费上限、补助倍数和合规检查从这天起按它执行。</source>
        <translation>The school follows “%1” from %2: fee caps, subsidy multipliers and the compliance checks follow it from that day.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/profile_box.py" line="259"/>
        <source>已复制为“%1”，保存在学校数据库中。按本县文件修改后，在上面选中它并点“改用所选政策”。</source>
        <translation>Copied as “%1” and kept in the school&apos;s database. Once it is adjusted to the county&apos;s text, choose it above and press “Use the chosen policy”.</translation>
    </message>
</context>
<context>
    <name>PupilDayDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="60"/>
        <source>更正理由（必填），如：点错了学生</source>
        <translation>Reason (required), e.g. tapped the wrong pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="61"/>
        <source>更正所选记录</source>
        <translation>Correct selected</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="64"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="87"/>
        <source>今天的记录 — %1</source>
        <translation>Today&apos;s records — %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="89"/>
        <source>现在的状态：%1</source>
        <translation>Current state: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="94"/>
        <source>这一天还没有任何记录。</source>
        <translation>No records for this day yet.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="97"/>
        <source>点选一条记录，写明理由后更正。原记录不会删除，更正会记入修改记录。</source>
        <translation>Tap a record, give a reason, then correct it. The original is kept and the correction goes into the history.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="104"/>
        <source>（%1 录入）</source>
        <translation> (entered %1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_day_dialog.py" line="106"/>
        <source>&#x3000;［已更正：%1］</source>
        <translation>  [corrected: %1]</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="54"/>
        <source>新增学生</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="57"/>
        <source>编辑学生：%1</source>
        <translation>Edit pupil: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="61"/>
        <source>学生信息：%1</source>
        <translation>Pupil: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="70"/>
        <source>YYYY-MM-DD，例如 2018-03-04</source>
        <translation>YYYY-MM-DD, e.g. 2018-03-04</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="83"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="84"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="85"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="86"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="87"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="88"/>
        <source>学号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="93"/>
        <source>重点关注（优先保障）</source>
        <translation>Priority groups</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="98"/>
        <source>监护人与接送人</source>
        <translation>Guardians and pickup adults</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="110"/>
        <source>这名学生不在你的班级：监护人电话只显示部分号码，重点关注标记不显示。</source>
        <translation>This pupil is not in your class: guardians&apos; phone numbers are shown in part only and the priority flags are not shown.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="133"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="136"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="139"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/pupil_dialog.py" line="144"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="210"/>
        <source>姓名或学籍号</source>
        <translation>Name or registry no.</translation>
    </message>
</context>
<context>
    <name>RateModel</name>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="65"/>
        <source>人员类别</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="66"/>
        <source>日期类型</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="67"/>
        <source>计酬单位</source>
        <translation>Pay unit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="68"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="69"/>
        <source>起用日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="70"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="71"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="25"/>
        <source>找到一份完好的备份：</source>
        <translation>Found an intact backup: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="26"/>
        <source> 人</source>
        <translation> pupils</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="26"/>
        <source>，学生 </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="26"/>
        <source>学校：</source>
        <translation>School: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="27"/>
        <source>最后修改：</source>
        <translation>Last change: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="43"/>
        <source>用这份备份恢复吗？损坏的文件会移到 damaged 文件夹保留，不会删除。</source>
        <translation>Restore from this backup? The damaged file is moved to the “damaged” folder and kept, not deleted.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="46"/>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="63"/>
        <source>数据库文件是空的或不存在，但旁边有学校的备份。</source>
        <translation>The database file is empty or missing, but the school&apos;s backups are beside it.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="67"/>
        <source>用这份备份恢复吗？选“否”则重新建立一所新学校。</source>
        <translation>Restore from this backup? Choose No to set up a new school instead.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="70"/>
        <source>从备份恢复学校</source>
        <translation>Restore the school from a backup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/recovery_offer.py" line="76"/>
        <source>恢复没有成功</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="292"/>
        <source>退费</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="298"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="303"/>
        <source>如 中途退出，家长书面申请</source>
        <translation>e.g. withdrew mid-term, parent&apos;s written request</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="306"/>
        <source>退费金额（元）</source>
        <translation>Refund (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="307"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="308"/>
        <source>退费日期</source>
        <translation>Refunded on</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../after_school_desk/domain/attendance.py" line="365"/>
        <source>已于 {time} 离校，不能再签到</source>
        <translation>left at {time} and cannot be signed in again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/attendance.py" line="367"/>
        <source>已于 {time} 签到，无需重复签到</source>
        <translation>was signed in at {time} already</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/attendance.py" line="375"/>
        <source>已于 {time} 离校（{how}），每名学生每天只能签退一次</source>
        <translation>left at {time} ({how}); a pupil leaves only once a day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/attendance.py" line="379"/>
        <source>今天没有签到，不能签退（请先签到，或记为缺席/请假）</source>
        <translation>was not signed in today and cannot leave (sign in first, or record an absence or leave)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/attendance.py" line="381"/>
        <source>已于 {time} 转入延时托管</source>
        <translation>moved to extended care at {time} already</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/event_log.py" line="125"/>
        <source>{who} {day} 没有参加课后服务（未报名、未核准或已退出）。如需参加，请在“报名”页登记申请，学校核准后即可签到。</source>
        <translation>{who} does not take part in the after-school service on {day} (no application, not approved, or withdrawn). To take part, file an application on the Enrolment page; once the school approves it the pupil can be signed in.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="159"/>
        <source>{who} 已于 {time} 离校，不能再改为缺席或请假。</source>
        <translation>{who} left at {time} and can no longer be recorded as absent or on leave.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/cli/timetable_cmds.py" line="98"/>
        <source>看不懂“{pairs}”，请写成 星期=开始-结束，例如 1=15:30-17:30。</source>
        <translation>Cannot read &quot;{pairs}&quot;: write weekday=start-end, for example 1=15:30-17:30.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/cli/timetable_cmds.py" line="176"/>
        <source>请写出安排课后服务的星期和时间（如 1=15:30-17:30），或用 --clear 表示一天也不安排。</source>
        <translation>Give the weekdays with service and their times (such as 1=15:30-17:30), or --clear for none at all.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/cli/timetable_cmds.py" line="179"/>
        <source>--clear 与星期和时间不能同时写。</source>
        <translation>--clear cannot be given together with weekdays and times.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/cli/timetable_cmds.py" line="93"/>
        <source>星期{weekday}写了两次，未做任何改动。</source>
        <translation>Weekday {weekday} is given twice; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="139"/>
        <source>第 {line} 行：{month}月{day}日既是放假日（第 {off_line} 行），又是上班日，请核对</source>
        <translation>Line {line}: {month}/{day} is both a day off (line {off_line}) and a working day; please check</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="175"/>
        <source>没有找到放假安排：通知里应有“一、元旦：1月1日……放假……”这样的条目。</source>
        <translation>No holiday arrangements found: the notice should have items like &quot;一、元旦：1月1日……放假……&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="184"/>
        <source>通知内容为空。</source>
        <translation>The notice is empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="77"/>
        <source>第 {line} 行“{text}”：无法识别日期，请写成 2027-02-06..2027-02-12 春节，或粘贴国务院办公厅通知的原文</source>
        <translation>Line {line} &quot;{text}&quot;: the date is not recognised. Write it like 2027-02-06..2027-02-12 春节, or paste the State Council notice as published</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="87"/>
        <source>第 {line} 行“{text}”：日期范围不合理</source>
        <translation>Line {line} &quot;{text}&quot;: the date range is not valid</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="92"/>
        <source>第 {line} 行“{text}”：不是 {year} 年的安排</source>
        <translation>Line {line} &quot;{text}&quot;: not an arrangement for {year}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice.py" line="166"/>
        <source>第 {line} 行“{text}”：与通知原文混在一起的“日期 名称”行未采用（请只粘贴通知原文，或者只用每行一项的写法）</source>
        <translation>Line {line} &quot;{text}&quot;: a &quot;date name&quot; line mixed into the notice text was not used (paste only the notice as published, or only one item per line)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="157"/>
        <source>第 {line} 行“{text}”</source>
        <translation>Line {line} &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="327"/>
        <source>{where}：{why}</source>
        <translation>{where}: {why}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="348"/>
        <source>这是 {notice_year} 年的通知（标题：关于{notice_year}年部分节假日安排的通知），所选的是 {year} 年；请选对年份，或换成 {year} 年的通知。</source>
        <translation>This is the notice for {notice_year} (title: 关于{notice_year}年部分节假日安排的通知), but {year} is selected. Choose the right year, or use the notice for {year}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="236"/>
        <source>“{date}”只有日，没有月份</source>
        <translation>&quot;{date}&quot; has a day but no month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="253"/>
        <source>{date} 不是 {year} 年的安排</source>
        <translation>{date} is not an arrangement for {year}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="293"/>
        <source>{where}：写的是 {said} 天，但日期算出来是 {count} 天（{start}至{end}），请核对</source>
        <translation>{where}: it says {said} days, but the dates give {count} days ({start} to {end}); please check</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="313"/>
        <source>{where}：{date}是星期{weekday}，本来就上班，不按调休上班日记录</source>
        <translation>{where}: {date} is weekday {weekday}, a working day anyway; not recorded as a make-up working day</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="244"/>
        <source>“{date}”不是存在的日期</source>
        <translation>&quot;{date}&quot; is not a real date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="265"/>
        <source>{date}写的是星期{wanted}，但 {year} 年的这一天是星期{actual}（请核对年份或日期）</source>
        <translation>{date} is said to be weekday {wanted}, but in {year} that day is weekday {actual} (check the year or the date)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="379"/>
        <source>第 {line} 行“{text}”：没有读出放假或上班的日期</source>
        <translation>Line {line} &quot;{text}&quot;: no days off or working days could be read</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/holiday_notice_published.py" line="215"/>
        <source>{start}至{end} 日期范围不合理</source>
        <translation>{start} to {end}: the date range is not valid</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="36"/>
        <source>依据：本地文件未规定退费办法；按本程序的记账规则，只退多缴部分，退费不超过已缴未退的金额。</source>
        <translation>Basis: the local text sets no refund rule; by this program&apos;s bookkeeping rule only overpayment is refunded, never more than the family has paid and not yet had back.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="91"/>
        <source>{label}“{text}”不是金额。</source>
        <translation>{label} &quot;{text}&quot; is not an amount.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="107"/>
        <source>{label}“{text}”不是有效的金额。</source>
        <translation>{label} &quot;{text}&quot; is not a valid amount.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="111"/>
        <source>{label}“{text}”最多只能有两位小数（精确到分）。</source>
        <translation>{label} &quot;{text}&quot; can have at most two decimals (to the fen).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="114"/>
        <source>{label}不能为负数：“{text}”。</source>
        <translation>{label} cannot be negative: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="116"/>
        <source>{label}必须大于 0：“{text}”。</source>
        <translation>{label} must be more than 0: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="119"/>
        <source>{label}“{text}”过大。</source>
        <translation>{label} &quot;{text}&quot; is too large.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="205"/>
        <source>退费金额必须大于 0。</source>
        <translation>The refund must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="208"/>
        <source>退费 {amount} 元超过该生已缴未退的 {held} 元（已缴 {paid} 元，已退 {refunded} 元）。</source>
        <translation>A refund of {amount} yuan is more than the {held} yuan the pupil paid and has not had back (paid {paid} yuan, refunded {refunded} yuan).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="218"/>
        <source>退费 {amount} 元超过多缴部分 {refundable} 元（应缴 {net} 元，已缴未退 {held} 元）。请先重新生成本月收费（退出后未参加的部分不再计费），再退多缴部分。</source>
        <translation>A refund of {amount} yuan is more than the overpayment of {refundable} yuan (due {net} yuan, paid and not refunded {held} yuan). Generate this month&apos;s charges again first (days after withdrawal are no longer charged), then refund the overpayment.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="100"/>
        <source>{label}“{text}”不是有效的金额，请写成元，例如 200 或 12.50。</source>
        <translation>{label} &quot;{text}&quot; is not a valid amount. Write it in yuan, e.g. 200 or 12.50.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="75"/>
        <source>{where}：{what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="189"/>
        <source>配置</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="189"/>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="151"/>
        <source>未知的项：{keys}</source>
        <translation>Unknown keys: {keys}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="192"/>
        <source>“{profile_id}”应为2–40位小写字母、数字或连字符</source>
        <translation>&quot;{profile_id}&quot; must be 2–40 lowercase letters, digits or hyphens</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="306"/>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="177"/>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="314"/>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="164"/>
        <source>应为表格</source>
        <translation>Must be a table</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="81"/>
        <source>缺少出处章节（section）</source>
        <translation>The source section is missing (section)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="83"/>
        <source>缺少原文摘句（quote）</source>
        <translation>The quote from the text is missing (quote)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="85"/>
        <source>缺少出处文本（source）</source>
        <translation>The source text is missing (source)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="88"/>
        <source>出处文本“{source}”没有在 [sources] 中写明标题</source>
        <translation>The source text &quot;{source}&quot; has no title in [sources]</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="91"/>
        <source>national 应为 true 或 false</source>
        <translation>national must be true or false</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="104"/>
        <source>年级 grades={grades} 应为 1–12 的整数列表</source>
        <translation>grades={grades} must be a list of whole numbers 1–12</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="108"/>
        <source>boarding 应为 true 或 false</source>
        <translation>boarding must be true or false</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="116"/>
        <source>学段 {value} 无效，可选：{choices}</source>
        <translation>School stage {value} is not valid. Choose from: {choices}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="127"/>
        <source>时间 {value} 应写成 HH:MM</source>
        <translation>Time {value} must be written as HH:MM</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="135"/>
        <source>数值 {value} 应为 {low}–{high} 的整数</source>
        <translation>The value {value} must be a whole number {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="143"/>
        <source>“{value}”无效，可选：{choices}</source>
        <translation>&quot;{value}&quot; is not valid. Choose from: {choices}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="158"/>
        <source>应为表格数组（[[...]]）</source>
        <translation>Must be an array of tables ([[...]])</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="195"/>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="212"/>
        <source>weekdays={weekdays} 应为 1（周一）–7（周日）的列表</source>
        <translation>weekdays={weekdays} must be a list of 1 (Monday) – 7 (Sunday)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="248"/>
        <source>服务模式 id “{mode_id}”应为 basic（普惠托管/基本托管）或 course（个性化课程）</source>
        <translation>Service mode id &quot;{mode_id}&quot; must be basic (basic care) or course (personalised courses)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="264"/>
        <source>服务模式“{mode_id}”无效</source>
        <translation>Service mode &quot;{mode_id}&quot; is not valid</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="279"/>
        <source>kind “{kind}”应为 free（免费）或 reduce（减免）</source>
        <translation>kind &quot;{kind}&quot; must be free or reduce (waiver)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="296"/>
        <source>items 应为非空的文字列表</source>
        <translation>items must be a non-empty list of texts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="311"/>
        <source>未知的规则</source>
        <translation>Unknown rule</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/profile_parse.py" line="323"/>
        <source>due 只用于 agreement（协议签订时间）</source>
        <translation>due is only for agreement (when the agreement is signed)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="110"/>
        <source>应填“是”或“否”（也可用 √、1、0 或留空）</source>
        <translation>should be &quot;是&quot; (yes) or &quot;否&quot; (no) (or √, 1, 0, or empty)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="178"/>
        <source>被 Excel 显示成了科学计数法，号码已丢失；请把这一列设为“文本”后重新填写保存</source>
        <translation>was shown by Excel in scientific notation and the number is lost; set this column to &quot;Text&quot;, then enter it again and save</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="182"/>
        <source>含有看不见的控制字符{codes}（常见于从网页或聊天软件复制的文字），请删除后重新输入</source>
        <translation>contains invisible control characters {codes} (common in text copied from web pages or chat apps); delete them and type it again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="216"/>
        <source>还有 {rest} 处问题没有列出；请先改正上面这些，再检查一次。</source>
        <translation>{rest} more problems are not listed; correct the ones above first, then check again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="206"/>
        <source>…（共 {n} 个字符）</source>
        <translation>… ({n} characters in all)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="357"/>
        <source>（“学号”是校内编号，不能代替学籍号）</source>
        <translation> (&quot;学号&quot; is the school&apos;s own number and cannot replace the student number)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="359"/>
        <source>缺少“学籍号”列{hint}：再次导入时要按学籍号找到同一名学生，所以每名学生都必须有学籍号。请从学籍系统导出名册，或在班级名单中加一列“学籍号”。</source>
        <translation>The &quot;学籍号&quot; (student number) column is missing{hint}: a later import finds the same pupil by student number, so every pupil must have one. Export the roster from the student registry, or add a &quot;学籍号&quot; column to the class list.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="366"/>
        <source>缺少“性别”列。</source>
        <translation>The &quot;性别&quot; (sex) column is missing.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="368"/>
        <source>缺少“班级”列（可以是“三年级(2)班”，也可以配合“年级”列只写“2班”）。</source>
        <translation>The &quot;班级&quot; (class) column is missing (it can be &quot;三年级(2)班&quot;, or just &quot;2班&quot; with a &quot;年级&quot; (grade) column).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="418"/>
        <source>晚于今天，不可能是出生日期</source>
        <translation>is after today; it cannot be a birth date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="420"/>
        <source>年份不对，不可能是学生的出生日期</source>
        <translation>has a wrong year; it cannot be a pupil&apos;s birth date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="485"/>
        <source>第 {line} 行「{header}」：{shown}{reason}</source>
        <translation>Row {line} &quot;{header}&quot;: {shown}{reason}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="541"/>
        <source>学籍号不能为空</source>
        <translation>the student number cannot be empty</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="543"/>
        <source>不是有效的学籍号（应为 7–24 位字母和数字）</source>
        <translation>is not a valid student number (7–24 letters and digits)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="548"/>
        <source>姓名不能为空</source>
        <translation>the name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="618"/>
        <source>班级不能为空</source>
        <translation>the class cannot be empty</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="623"/>
        <source>无法识别为班级（请写成如“三年级(2)班”）</source>
        <translation>is not a class name (write it like &quot;三年级(2)班&quot;)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="412"/>
        <source>不是有效的日期（请写成 2016-03-04）</source>
        <translation>is not a valid date (write it as 2016-03-04)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="550"/>
        <location filename="../../after_school_desk/domain/roster.py" line="637"/>
        <source>太长，不像是姓名</source>
        <translation>is too long for a name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="566"/>
        <source>太长，不像是学号</source>
        <translation>is too long for a school number</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="600"/>
        <source>性别应填“男”或“女”</source>
        <translation>the sex should be &quot;男&quot; (male) or &quot;女&quot; (female)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="600"/>
        <source>性别不能为空</source>
        <translation>the sex cannot be empty</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="416"/>
        <source>不是存在的日期</source>
        <translation>is not a real date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="520"/>
        <source>与第 {line} 行的学籍号重复</source>
        <translation>has the same student number as row {line}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="648"/>
        <source>不是有效的电话号码</source>
        <translation>is not a valid phone number</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="407"/>
        <source>不是存在的日期（Excel 把 60 显示成 1900-02-29，这一天并不存在）</source>
        <translation>is not a real date (Excel shows 60 as 1900-02-29, a day that never was)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/roster.py" line="637"/>
        <source>太长</source>
        <translation>is too long</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/classes.py" line="35"/>
        <location filename="../../after_school_desk/services/daily/duty.py" line="486"/>
        <source>找不到班级“{name}”。</source>
        <translation>Class &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/money_common.py" line="54"/>
        <source>{label} {day} 晚于今天，不能预先登记。</source>
        <translation>{label} {day} is after today; it cannot be recorded in advance.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/money_common.py" line="28"/>
        <source>{label}必须大于 0（{fen} 分）。</source>
        <translation>{label} must be more than 0 ({fen} fen).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/money_common.py" line="45"/>
        <source>月份“{month}”无效，请写成 YYYY-MM，例如 2026-11。</source>
        <translation>Month &quot;{month}&quot; is not valid. Write it as YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/month_guard.py" line="40"/>
        <source>{year}年{month}月已月结（{who} 于 {when} 结账），不能再修改该月的记录；如确需修改，请校长先重新打开该月。</source>
        <translation>{year}-{month} is closed (month close by {who} at {when}); its records can no longer be changed. To change them, the principal must reopen the month first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/data_folder.py" line="82"/>
        <source>环境变量 APP_DATA_DIR 已经指定了数据文件夹（{folder}），移动后的设置不会生效。请先去掉这个环境变量。</source>
        <translation>The environment variable APP_DATA_DIR names the data folder already ({folder}), so a moved folder would not be used. Remove that variable first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/data_folder.py" line="91"/>
        <source>正在使用的数据文件 {file} 不在数据文件夹 {folder} 里（是用 --db 或 APP_DB 指定的），移动数据文件夹不会带上它。</source>
        <translation>The data file in use, {file}, is not in the data folder {folder} (it was named with --db or APP_DB); moving the data folder would not take it along.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/maintenance.py" line="199"/>
        <source>这份备份是另一所学校的（{backup}），现在的数据是“{live}”的。没有恢复。确实要用它替换，请确认（命令行加 --other-school）。</source>
        <translation>This backup belongs to another school ({backup}); the current data is &quot;{live}&quot;. Nothing was restored. To replace it anyway, confirm (on the command line add --other-school).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/maintenance.py" line="255"/>
        <source>恢复后的数据库未通过检查：{problems}。现在的数据已保存在 {kept}。</source>
        <translation>The restored database failed its check: {problems}. The current data was saved in {kept}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/maintenance.py" line="133"/>
        <source>无法写入备份到 {folder}：{reason}</source>
        <translation>Cannot write the backup to {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/maintenance.py" line="244"/>
        <source>恢复没有完成（{error}）。现在的数据已保存在 {kept}。请关闭程序后用命令行 restore 恢复，或重新打开程序按提示恢复。</source>
        <translation>The restore did not finish ({error}). The current data was saved in {kept}. Close the program and restore with the command line restore, or reopen the program and follow its prompts.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/maintenance.py" line="300"/>
        <source>恢复没有完成：{reason}（{file}）</source>
        <translation>The restore did not finish: {reason} ({file})</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/maintenance.py" line="233"/>
        <source>无法保存现在的数据（{reason}），为了不丢失任何东西，没有恢复。</source>
        <translation>Cannot save the current data ({reason}); nothing was restored so that nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/seal_keys.py" line="33"/>
        <source>这台电脑上没有本校的防篡改密钥。</source>
        <translation>This PC does not have the school&apos;s tamper seal key.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/secure_backup.py" line="27"/>
        <source>学校的备份口令至少要 {count} 个字符（可以用一句好记的话）。</source>
        <translation>The school&apos;s backup passphrase needs at least {count} characters (a sentence that is easy to remember works).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/care/secure_backup.py" line="59"/>
        <source>无法写入加密备份到 {folder}：{reason}</source>
        <translation>Cannot write the encrypted backup to {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="453"/>
        <source>请填写接走学生的人的姓名。</source>
        <translation>Enter the name of the person collecting the pupil.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="455"/>
        <source>请填写此人与学生的关系。</source>
        <translation>Enter this person&apos;s relation to the pupil.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="458"/>
        <source>电话“{phone}”无效，请填写此人的手机或固定电话。</source>
        <translation>Phone &quot;{phone}&quot; is not valid; enter this person&apos;s mobile or landline number.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="460"/>
        <source>请写明放行的理由。</source>
        <translation>Write the reason for letting the pupil go.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="216"/>
        <source>请假结束日期 {end} 早于开始日期 {start}。</source>
        <translation>The leave ends on {end}, before it starts on {start}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="218"/>
        <source>一次请假不能超过 120 天，请分段登记或办理退出。</source>
        <translation>One leave cannot exceed 120 days: record it in parts, or withdraw the pupil.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="294"/>
        <source>联系方式“{method}”无效，可选：{choices}。</source>
        <translation>Contact method &quot;{method}&quot; is not valid; choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="300"/>
        <source>提醒类型“{kind}”无效，可选：{choices}。</source>
        <translation>Alert kind &quot;{kind}&quot; is not valid; choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="376"/>
        <source>请选择一种离校方式：交给接送人、自行离校或转入延时托管（只能选一种）。</source>
        <translation>Choose one way of leaving: handed to a pickup adult, leaving alone, or extended care (only one).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="444"/>
        <source>“{named}”不在 {who} 的接送人名单中，不能交接。</source>
        <translation>&quot;{named}&quot; is not on the pickup list of {who}; the pupil cannot be handed over.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="449"/>
        <source>只有带班领导（或校长）可以把学生交给名单以外的人。</source>
        <translation>Only the duty leader (or the principal) may hand a pupil to someone not on the list.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="462"/>
        <source>名单外交接未记录：</source>
        <translation>The handover to someone not on the list was not recorded:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="486"/>
        <source>请填写签字的监护人姓名。</source>
        <translation>Enter the name of the guardian who signed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="95"/>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="386"/>
        <source>{who} {problem}。</source>
        <translation>{who} {problem}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="250"/>
        <source>{who} 的请假未登记：</source>
        <translation>Leave for {who} was not recorded:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="253"/>
        <source>{who} 在 {start} 至 {end} 没有需要请假的课后服务日（非服务日、未报名或已请假）。</source>
        <translation>{who} has no after-school service day from {start} to {end} that needs leave (no service, not enrolled, or on leave already).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="310"/>
        <source>{who} 当天已请假，没有缺席需要跟进。</source>
        <translation>{who} is on leave that day: there is no absence to follow up.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="312"/>
        <source>{who} 当天没有签到，没有延迟接走需要跟进。</source>
        <translation>{who} was not signed in that day: there is no late pickup to follow up.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="315"/>
        <source>{who} 已于 {time} 离校，无需再联系。</source>
        <translation>{who} left at {time}: no need to call.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="445"/>
        <source>名单上的接送人：{names}。</source>
        <translation>On the pickup list: {names}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="446"/>
        <source>如确需交给此人，须由带班领导填写理由及此人的姓名、关系和电话后放行。</source>
        <translation>To hand the pupil to this person, the duty leader must write the reason and the person&apos;s name, relation and phone.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="194"/>
        <source>{who} 当天已记为缺席。</source>
        <translation>{who} is already recorded as absent that day.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="237"/>
        <source>{day} 已于 {time} 离校，不能再记请假。</source>
        <translation>{day}: left school at {time}; leave can no longer be recorded.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/attendance.py" line="394"/>
        <source>{who} 没有家长签字的自行离校同意书，不能自行离校；请交给接送人。</source>
        <translation>{who} has no permission signed by a guardian to leave alone: hand the pupil to a pickup adult.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/context.py" line="71"/>
        <source>{who} 无权执行此操作：{action}（需要登录）</source>
        <translation>{who} may not do this: {action} (log in first)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/context.py" line="79"/>
        <source>{role}（{who}）无权执行此操作：{action}</source>
        <translation>{role} ({who}) may not do this: {action}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="65"/>
        <source>{day} 的记录只能由带班领导或校长更正（班主任可以更正当天的记录）。</source>
        <translation>The records of {day} can be corrected only by the duty leader or the principal (a class teacher can correct the same day&apos;s records).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="68"/>
        <source>今天已于 {time} 签结，请带班领导或校长更正。</source>
        <translation>Today was signed off at {time}; ask the duty leader or the principal to correct it.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="77"/>
        <source>找不到考勤记录“{id}”。</source>
        <translation>No attendance record “{id}”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="97"/>
        <source>{name} 的这条考勤记录已被更正过。</source>
        <translation>This attendance record of {name} has been corrected already.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="110"/>
        <source>没有可以撤销的记录。</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="139"/>
        <source>更正必须写明理由。</source>
        <translation>A correction needs a reason.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="90"/>
        <source>这条更正已经撤销过了。</source>
        <translation>This correction has been undone already.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="144"/>
        <source>更正记录本身不能再更正；请重新登记正确的情况。</source>
        <translation>A correction cannot itself be corrected: record what is right again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/corrections.py" line="120"/>
        <source>撤销的时间已过（只能撤销自己刚刚的操作）；请打开学生的“今天的记录”，点要更正的那一条并写明理由。</source>
        <translation>Too late to undo (only your own last action can be undone): open the pupil’s “Today’s records”, choose the record to correct and give the reason.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/daily_common.py" line="180"/>
        <source>{who} 不是 {name} 的班主任或当天的管理老师，不能处理这个班的学生。</source>
        <translation>{who} is not the head teacher of {name} nor its supervisor that day, and cannot act for its pupils.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/daily_common.py" line="76"/>
        <source>{day} 不是课后服务日（{reason}），不能记录考勤。</source>
        <translation>{day} is not a service day ({reason}): no attendance can be recorded.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/daily_common.py" line="159"/>
        <source>找不到学生“{key}”（请输入学籍号、姓名或学生编号）。</source>
        <translation>No pupil “{key}” (enter the registry number, the name or the pupil number).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/daily_common.py" line="134"/>
        <source>日期“{value}”无效，请写成 YYYY-MM-DD，例如 2026-11-02。</source>
        <translation>The date “{value}” is not valid: write it as YYYY-MM-DD, for example 2026-11-02.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/daily_common.py" line="150"/>
        <source>有 {n} 名学生叫“{name}”：{who}。请用学籍号指明是哪一位。</source>
        <translation>{n} pupils are called “{name}”: {who}. Name the one you mean by the registry number.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/base/daily_common.py" line="109"/>
        <source>时间“{value}”无效，请写成 YYYY-MM-DDTHH:MM，例如 2026-11-02T17:35。</source>
        <translation>The time “{value}” is not valid: write it as YYYY-MM-DDTHH:MM, for example 2026-11-02T17:35.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="63"/>
        <source>{name} 不是带班领导或校长，不能安排值班。</source>
        <translation>{name} is not a duty leader or the principal and cannot be given duty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="74"/>
        <source>星期应为 1（星期一）到 7（星期日），收到 {bad}。</source>
        <translation>Weekdays are 1 (Monday) to 7 (Sunday); got {bad}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="91"/>
        <location filename="../../after_school_desk/services/daily/duty.py" line="480"/>
        <source>结束日期 {end} 早于开始日期 {start}。</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="216"/>
        <source>记录类型“{kind}”无效，可选：{choices}。</source>
        <translation>Entry kind &quot;{kind}&quot; is not valid; choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="219"/>
        <source>值班记录的内容不能为空。</source>
        <translation>The duty log entry cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="482"/>
        <source>一次最多安排 {n} 天，请缩小日期范围。</source>
        <translation>At most {n} days at a time; choose a shorter range.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="95"/>
        <source>学校还没有带班领导（staff add 姓名 --role duty_leader）。</source>
        <translation>The school has no duty leader yet (staff add NAME --role duty_leader).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="143"/>
        <source>{day} 还没有安排带班领导，无法对调。</source>
        <translation>{day} has no duty leader yet; nothing to swap.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="198"/>
        <source>{day} 没有排班的带班领导，请指定是谁在岗。</source>
        <translation>No duty leader is rostered for {day}; say who is on post.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="258"/>
        <source>这个班没有班主任，请指定管理老师。</source>
        <translation>This class has no class teacher; choose a supervising teacher.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="304"/>
        <source>{who}：{state}，尚未离校或登记去向</source>
        <translation>{who}: {state}, not yet gone or accounted for</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="325"/>
        <source>{day} 已于 {time} 签结，无需重复签结。</source>
        <translation>{day} was signed off at {time} already.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="330"/>
        <source>{day} 还不能签结（{n} 项未处理）；处理完毕，或由带班领导写明原因后签结：</source>
        <translation>{day} cannot be signed off yet ({n} items open); deal with them, or the duty leader writes why and signs off:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="500"/>
        <source>{start} 至 {end} 没有课后服务日，无需安排管理老师。</source>
        <translation>There are no after-school service days from {start} to {end}; no supervising teacher is needed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="310"/>
        <source>{who}：{kind}提醒未关闭（尚未联系到家长）</source>
        <translation>{who}: the {kind} alert is still open (no guardian reached yet)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="491"/>
        <source>{name} 是外聘人员，不能担任班级管理老师。</source>
        <translation>{name} is external staff and cannot supervise a class.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/duty.py" line="496"/>
        <source>{name} 没有班主任，请指定管理老师。</source>
        <translation>{name} has no class teacher; choose a supervising teacher.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/outbox.py" line="73"/>
        <source>无法写入文件 {path}：{why}</source>
        <translation>Cannot write the file {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/pickup_codes.py" line="97"/>
        <source>全校没有参加课后服务的学生，没有接送卡可打印。</source>
        <translation>No pupil of the school is in the after-school service; there are no pickup cards to print.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/pickup_codes.py" line="90"/>
        <source>请选择自己的班级打印接送卡。</source>
        <translation>Choose your own class to print pickup cards.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/pickup_codes.py" line="95"/>
        <source>{name}没有参加课后服务的学生，没有接送卡可打印。</source>
        <translation>No pupil of {name} is in the after-school service; there are no pickup cards to print.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/self_leave.py" line="59"/>
        <source>{who} 在 {day} 没有有效的自行离校同意书，无需撤销。</source>
        <translation>{who} has no self-leave permission in force on {day}; nothing to revoke.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/daily/self_leave.py" line="61"/>
        <source>{day} 没有有效的自行离校同意书。</source>
        <translation>No self-leave permission is in force on {day}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/expenses.py" line="53"/>
        <source>类别为“{category}”的支出请写明用途（{purposes}）。</source>
        <translation>Say what the &quot;{category}&quot; expense is for ({purposes}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/expenses.py" line="44"/>
        <source>用途“{purpose}”无效，可选：{choices}。</source>
        <translation>Purpose &quot;{purpose}&quot; is not valid. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/expenses.py" line="49"/>
        <source>类别“{category}”的支出用途只能是：{allowed}。</source>
        <translation>An expense in &quot;{category}&quot; can only be for: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/expenses.py" line="61"/>
        <source>不能列支“{category}”：课后服务经费不得提取管理费。</source>
        <translation>&quot;{category}&quot; cannot be booked: after-school service money may not pay a management fee.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/expenses.py" line="63"/>
        <source>不能列支“{category}”：课后服务经费不得用于{purpose}。</source>
        <translation>&quot;{category}&quot; cannot be booked: after-school service money may not be used for {purpose}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/expenses.py" line="83"/>
        <source>类别“{category}”无效，可选：{choices}。</source>
        <translation>Category &quot;{category}&quot; is not valid. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/domain/money.py" line="35"/>
        <location filename="../../after_school_desk/services/money/expenses.py" line="67"/>
        <location filename="../../after_school_desk/services/money/subsidies.py" line="122"/>
        <source>依据：{rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="133"/>
        <source>计费单位“{per}”无效，可选：month（每月）、term（每学期）、day（每天）。</source>
        <translation>Billing unit &quot;{per}&quot; is not valid. Choose month, term or day.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="137"/>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="122"/>
        <source>服务方式“{mode}”无效，可选：basic（普惠托管）、course（个性化课程）。</source>
        <translation>Service mode &quot;{mode}&quot; is not valid. Choose basic (general after-school care) or course (optional courses).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="141"/>
        <source>学段“{stage}”无效，可选：primary、junior、senior。</source>
        <translation>School stage &quot;{stage}&quot; is not valid. Choose primary, junior or senior.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="143"/>
        <source>“不足半月按半月收取”只适用于按月收费。</source>
        <translation>&quot;Charge half a month for under half a month&quot; applies to monthly fees only.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="145"/>
        <source>不能设定收费标准：</source>
        <translation>The fee standard cannot be set:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="156"/>
        <source>请填写价格主管部门的审核文号（--approval）。依据：{rule}</source>
        <translation>Enter the price authority&apos;s approval number (--approval). Rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="162"/>
        <source>收费标准未保存：</source>
        <translation>The fee standard was not saved:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/fees.py" line="71"/>
        <source>{stage}{mode}收费标准 {amount} 元/{unit}，高于上限 {cap} 元/{per}{how}。依据：{rule}</source>
        <translation>{stage} {mode} fee of {amount} yuan/{unit} is above the cap of {cap} yuan/{per}{how}. Rule: {rule}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/payments.py" line="62"/>
        <source>缴费方式“{method}”无效，可选：{choices}</source>
        <translation>Payment method &quot;{method}&quot; is not valid. Choose one of: {choices}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/payments.py" line="72"/>
        <source>收据号“{receipt}”已经登记过，不能重复使用。</source>
        <translation>Receipt number &quot;{receipt}&quot; is recorded already and cannot be used again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/payments.py" line="122"/>
        <source>{who} 的退费未办理：</source>
        <translation>The refund for {who} was not made:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/subsidies.py" line="70"/>
        <source>人员类别“{category}”无效，可选：teacher、duty_leader、external。</source>
        <translation>Staff category &quot;{category}&quot; is not valid. Choose teacher, duty_leader or external.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/subsidies.py" line="74"/>
        <source>计酬单位“{unit}”无效，可选：hour（每小时）、lesson（每课时）。</source>
        <translation>Pay unit &quot;{unit}&quot; is not valid. Choose hour or lesson.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/subsidies.py" line="78"/>
        <source>日期类型“{day_type}”无效，可选：base、weekday、rest_day、statutory_holiday。</source>
        <translation>Day type &quot;{day_type}&quot; is not valid. Choose base, weekday, rest_day or statutory_holiday.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/subsidies.py" line="84"/>
        <source>补助标准未保存：</source>
        <translation>The subsidy rate was not saved:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/subsidies.py" line="121"/>
        <source>补助标准未保存：{problem}。</source>
        <translation>The subsidy rate was not saved: {problem}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="45"/>
        <source>建档立卡学生按学籍中的建档立卡标记自动免费，无需登记减免；请在学生信息中勾选“建档立卡”。</source>
        <translation>Pupils from registered poor households are free through their registry flag; no waiver is needed. Tick &quot;registered poor household&quot; in the pupil&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="55"/>
        <source>减免比例“{percent}”无效，应为 1–100 的整数（100 为全免）。</source>
        <translation>Waiver percent &quot;{percent}&quot; is not valid. Use a whole number from 1 to 100 (100 waives the whole fee).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="58"/>
        <source>请写明减免依据（如 低保证号、残疾证号、审核材料）。</source>
        <translation>Give the grounds for the waiver (e.g. a subsistence allowance card, disability card or review papers).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="60"/>
        <source>减免未登记：</source>
        <translation>The waiver was not recorded:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="52"/>
        <source>减免类别“{kind}”无效，可选：{labels}。</source>
        <translation>Waiver kind &quot;{kind}&quot; is not valid. Choose one of: {labels}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="95"/>
        <source>找不到减免记录“{waiver_id}”。</source>
        <translation>Waiver &quot;{waiver_id}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="97"/>
        <source>这条减免已于 {day} 取消。</source>
        <translation>This waiver was cancelled on {day} already.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/money/waivers.py" line="100"/>
        <source>取消日期 {day} 早于减免开始日期 {start}。</source>
        <translation>The cancel date {day} is before the waiver&apos;s start date {start}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/county.py" line="32"/>
        <source>找不到学校名单文件“{path}”。</source>
        <translation>School list file &quot;{path}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/county.py" line="37"/>
        <source>学校名单“{name}”有误，未做汇总：</source>
        <translation>School list &quot;{name}&quot; has errors; nothing was collected:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/county.py" line="47"/>
        <source>找不到报送包文件夹“{folder}”。</source>
        <translation>Report package folder &quot;{folder}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/county.py" line="61"/>
        <source>找不到模板文件“{template}”。</source>
        <translation>Template file &quot;{template}&quot; was not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/county.py" line="66"/>
        <location filename="../../after_school_desk/services/month/reports.py" line="289"/>
        <source>模板文件“{template}”无法读取（应为 .xlsx）：{error}</source>
        <translation>Template file &quot;{template}&quot; cannot be read (it should be .xlsx): {error}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/facts.py" line="43"/>
        <source>数据库里还没有学校，请先完成学校设置（init）。</source>
        <translation>The database has no school yet. Finish the school setup first (init).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="175"/>
        <source>重新打开已月结的月份必须写明理由（例如 更正某生的考勤、补录退费）。</source>
        <translation>Give a reason for reopening a closed month (e.g. correcting a pupil&apos;s attendance, adding a refund).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="123"/>
        <source>{month}还没有结束（到 {last} 才结束），不能月结；请在 {after} 以后再月结。</source>
        <translation>{month} has not ended yet (it ends on {last}) and cannot be closed. Close it on or after {after}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="131"/>
        <source>{month}没有课后服务日（不在学期内或全月放假），不需要月结。</source>
        <translation>{month} has no after-school service days (outside the term or a holiday all month); no month close is needed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="136"/>
        <source>{pcs} 还没有送来 {last} 以后写的同步记录，{month}的记录可能还不全，不能月结。请让这些电脑同步一次（或用 U 盘同步包）；不再使用的电脑可以在“同步”页标为停用。</source>
        <translation>{pcs} has not sent its sync records written after {last}, so the records of {month} may be incomplete and the month cannot be closed. Sync these PCs once (or use a USB sync bundle); mark PCs no longer in use as retired on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="146"/>
        <source>{month}已经月结（{who} 于 {when} 结账），不需要再次月结。</source>
        <translation>{month} is closed already (closed by {who} at {when}); it does not need closing again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="180"/>
        <source>{month}还没有月结，不需要重新打开。</source>
        <translation>{month} is not closed, so it does not need reopening.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="184"/>
        <source>{month}已由 {who} 于 {when} 重新打开，目前就可以修改。</source>
        <translation>{month} was reopened by {who} at {when} and can be changed now.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/month_close.py" line="268"/>
        <source>{month}没有第{version}版月结快照。</source>
        <translation>{month} has no month close snapshot version {version}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/report_package.py" line="66"/>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="95"/>
        <source>学校标识码“{code}”应为 10 位数字。</source>
        <translation>School code &quot;{code}&quot; must be 10 digits.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/report_package.py" line="207"/>
        <source>文件夹“{folder}”不存在，请先插好 U 盘或选择一个已有的文件夹。</source>
        <translation>Folder &quot;{folder}&quot; does not exist. Plug in the USB stick or choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/report_package.py" line="232"/>
        <source>无法在文件夹“{folder}”中写入报送包（{reason}）。请换一个可以写入的文件夹（例如“文档”或 U 盘）。</source>
        <translation>Cannot write the report package into folder &quot;{folder}&quot; ({reason}). Choose a folder you can write to (e.g. Documents or a USB stick).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/report_package.py" line="67"/>
        <source>应为 10 位数字。</source>
        <translation>Must be 10 digits.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/reports.py" line="123"/>
        <source>{month} 月结时没有这份报表的数据，请校长重新打开该月后再月结。</source>
        <translation>The month close of {month} holds no data for this report. The principal should reopen the month and close it again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/reports.py" line="314"/>
        <source>{day} 不是课后服务日（{reason}）。</source>
        <translation>{day} is not an after-school service day ({reason}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/reports.py" line="359"/>
        <source>{day} 没有参加课后服务的学生，没有交接单可打印。</source>
        <translation>No pupils take the after-school service on {day}; there is no handover sheet to print.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/month/reports.py" line="388"/>
        <source>收费模块尚未安装，暂时不能生成收支公示和补助表。</source>
        <translation>The fees module is not installed, so the income and spending notice and the subsidy sheet cannot be made yet.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="130"/>
        <source>Syncthing 启动超时</source>
        <translation>Syncthing took too long to start</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="237"/>
        <source>请填写另一台电脑的 Syncthing 设备编号</source>
        <translation>Enter the other PC&apos;s Syncthing device ID</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="242"/>
        <source>Syncthing 设备编号的格式不对：8 组，每组 7 个字母或数字，用 - 连接（请在那台电脑的“同步”页点“复制”后粘贴过来）</source>
        <translation>The Syncthing device ID is not in the right form: 8 groups of 7 letters or digits joined by - (press “Copy” on that PC&apos;s “Sync” page and paste it here)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="129"/>
        <source>地址的格式不对，例如 tcp://192.168.1.10:22001；不填则在局域网里自动寻找</source>
        <translation>The address is not in the right form, e.g. tcp://192.168.1.10:22001; leave it empty to find the PC on the LAN automatically</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="57"/>
        <source>Syncthing 拒绝了这个操作（{code} {reason}）</source>
        <translation>Syncthing refused this ({code} {reason})</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="60"/>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="73"/>
        <source>Syncthing 没有回答（{why}）</source>
        <translation>Syncthing did not answer ({why})</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="64"/>
        <source>Syncthing 没能运行（{why}）</source>
        <translation>Syncthing could not run ({why})</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="67"/>
        <source>Syncthing 没有回答（超时）</source>
        <translation>Syncthing did not answer (timed out)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="69"/>
        <source>Syncthing 的回答看不懂</source>
        <translation>Syncthing&apos;s answer could not be understood</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_settings.py" line="151"/>
        <source>这是本机自己的设备编号：请填写另一台电脑的编号</source>
        <translation>This is this PC&apos;s own device ID: enter the other PC&apos;s ID</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="63"/>
        <source>本机没有安装 Syncthing：请改用共享文件夹或 U 盘同步包</source>
        <translation>Syncthing is not installed on this PC: use a shared folder or USB sync bundles instead</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="92"/>
        <source>Syncthing 的设置文件不完整：请删除同步设置后重新配对</source>
        <translation>Syncthing&apos;s settings file is incomplete: delete the sync settings and pair again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="210"/>
        <source>请先设置同步文件夹</source>
        <translation>Set the sync folder first</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/lan_sync.py" line="124"/>
        <source>Syncthing 没能启动（见 syncthing.log）</source>
        <translation>Syncthing could not start (see syncthing.log)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="333"/>
        <source>这是另一所学校的同步文件，不能收进</source>
        <translation>This sync file is another school&apos;s and cannot be taken in</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="335"/>
        <source>这个同步文件是新版本的程序写的：请先把本机的程序升级到同一版本</source>
        <translation>This sync file was written by a newer version of the program: update the program on this PC to the same version first</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="65"/>
        <source>写出 {n} 个同步文件</source>
        <translation>wrote {n} sync files</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="66"/>
        <source>收进 {n} 个</source>
        <translation>took in {n}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="132"/>
        <source>还没有设置同步文件夹（同步 → 设置同步文件夹）</source>
        <translation>No sync folder is set yet (Sync → Set sync folder)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="140"/>
        <source>请选择同步文件夹</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="163"/>
        <source>学校主机现在是“{hub}”。要换主机，请在那台电脑上操作（先让新主机同步到最新）。</source>
        <translation>The hub is now &quot;{hub}&quot;. To change the hub, do it on that PC (sync the new hub to the latest first).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="208"/>
        <source>“{name}”还没有同步到最新（它收进了本机的 {have} 个同步文件，本机已写出 {written} 个）：请先在那台电脑上同步一次，再把学校主机换过去。</source>
        <translation>&quot;{name}&quot; is not up to date (it has taken in {have} of the {written} sync files this PC wrote): sync on that PC first, then move the hub to it.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="223"/>
        <source>同步文件夹 {folder} 现在打不开（U 盘或共享文件夹没有连上？）</source>
        <translation>The sync folder {folder} cannot be opened now (is the USB stick or shared folder connected?)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="355"/>
        <source>需要的记录还没有到（{why}），等那台电脑的其他同步文件到了再收</source>
        <translation>Records it needs have not arrived yet ({why}); it is taken in once that PC&apos;s other sync files arrive</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="443"/>
        <source>同步文件夹 {folder} 里没有学校主机的数据副本：请先在学校主机上设置这个同步文件夹</source>
        <translation>The sync folder {folder} has no copy of the hub&apos;s data: set this sync folder on the hub first</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="450"/>
        <source>本机已经有数据库文件 {path}：加入学校会新建一个，请换一个位置</source>
        <translation>This PC already has a database file {path}: joining the school makes a new one, so choose another place</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="69"/>
        <source>{n} 条学校基础信息不是学校主机写的，未采用</source>
        <translation>{n} school register records were not written by the hub and were not taken</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="71"/>
        <source>{n} 个暂不能收进</source>
        <translation>{n} cannot be taken in yet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="145"/>
        <source>同步文件夹 {path} 无法写入：{why}</source>
        <translation>Cannot write to the sync folder {path}: {why}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="171"/>
        <source>没有这台电脑的同步记录：请先让它同步一次</source>
        <translation>There is no sync record of this PC: let it sync once first</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="296"/>
        <source>同步文件夹里有另一台电脑用着和本机相同的电脑编号写的记录（它的设置文件夹是从本机复制过去的？）。请在那台电脑上删除设置文件夹里的 device_id 文件后重新加入学校；在这之前本机不再写出同步文件。</source>
        <translation>The sync folder has records written by another PC with this PC&apos;s ID (was its settings folder copied from this PC?). On that PC, delete the device_id file in the settings folder and join the school again; until then this PC writes no sync files.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync.py" line="481"/>
        <source>没有这台电脑的同步记录（sync status 列出各台电脑）</source>
        <translation>There is no sync record of this PC (sync status lists the PCs)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/pcs/sync_usb.py" line="48"/>
        <source>{folder} 里没有同步包（*{suffix}）</source>
        <translation>There is no sync bundle in {folder} (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/sample/demo.py" line="90"/>
        <source>演示学校的学生数应在 1 到 {max_pupils} 之间（收到 {pupils}）。</source>
        <translation>The demo school must have between 1 and {max_pupils} pupils (got {pupils}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/sample/demo.py" line="97"/>
        <source>历史月数应在 0 到 60 之间（收到 {months}）。</source>
        <translation>The months of history must be between 0 and 60 (got {months}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/sample/demo.py" line="100"/>
        <source>这个数据库里已经有学校了，演示学校只能建在新的空数据库里。</source>
        <translation>This database already has a school; the demo school can only be created in a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="124"/>
        <location filename="../../after_school_desk/services/school/calendar.py" line="184"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="125"/>
        <location filename="../../after_school_desk/services/school/calendar.py" line="185"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="63"/>
        <source>月份 {year}-{month} 无效。</source>
        <translation>Month {year}-{month} is not valid.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="92"/>
        <source>{year} 年节假日通知有误，未做任何改动：</source>
        <translation>The holiday notice for {year} has errors; nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="116"/>
        <location filename="../../after_school_desk/services/school/calendar.py" line="200"/>
        <location filename="../../after_school_desk/services/school/notice_preview.py" line="97"/>
        <source>年份 {year} 无效。</source>
        <translation>Year {year} is not valid.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="127"/>
        <source>放假日期范围不合理（结束日期应不早于开始日期，且不超过 60 天）。</source>
        <translation>The days-off range is not valid (the end date must not be before the start date, and the range must be at most 60 days).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="129"/>
        <source>请写明放假原因。</source>
        <translation>Please give the reason for the days off.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="187"/>
        <source>结束日期应不早于开始日期。</source>
        <translation>The end date must not be before the start date.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="236"/>
        <source>夏季作息的结束日期应晚于开始日期（同一年内，例如 05-01 至 09-30）。</source>
        <translation>The summer timetable must end after it starts (within one year, for example 05-01 to 09-30).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="325"/>
        <source>星期“{weekday}”无效（1 = 星期一 … 7 = 星期日）。</source>
        <translation>Weekday &quot;{weekday}&quot; is not valid (1 = Monday … 7 = Sunday).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="360"/>
        <source>作息“{season}”无效，可选：{choices}。</source>
        <translation>Timetable &quot;{season}&quot; is not valid. Choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="365"/>
        <source>服务时间有误，未做任何改动：</source>
        <translation>The service times have errors; nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="367"/>
        <source>平时作息至少要有一天安排课后服务。</source>
        <translation>The regular timetable needs after-school service on at least one day.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="371"/>
        <source>生效日期 {day} 不合理（应在 2000 年至 2100 年之间）。</source>
        <translation>The effective date {day} is not plausible (it should be between 2000 and 2100).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="149"/>
        <location filename="../../after_school_desk/services/school/consent.py" line="45"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="153"/>
        <source>{day} 不是调休上班日。</source>
        <translation>{day} is not a make-up working day.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="224"/>
        <source>{label}“{value}”无效，请写成 月-日，例如 05-01。</source>
        <translation>{label} &quot;{value}&quot; is not valid. Write it as month-day, for example 05-01.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="327"/>
        <source>星期{weekday}的时间应写成 HH:MM。</source>
        <translation>The times for weekday {weekday} must be written as HH:MM.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="423"/>
        <source>{month}已月结，服务时间不能从 {day} 起改动（会改变该月已结账的服务日和服务时间）。请选择该月之后的生效日期，或请校长先重新打开该月。</source>
        <translation>{month} is closed: the service times cannot change from {day} (that would change the service days and times of a closed month). Choose an effective date after that month, or ask the principal to reopen it first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="237"/>
        <source>应晚于开始日期</source>
        <translation>Must be after the start date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="331"/>
        <source>星期{weekday}：结束时间 {end} 应晚于开始时间 {start}。</source>
        <translation>Weekday {weekday}: the end time {end} must be after the start time {start}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="225"/>
        <source>日期无效</source>
        <translation>Date not valid</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="75"/>
        <source>班级名称不能为空。</source>
        <translation>The class name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="120"/>
        <source>年级无效，请从列表中选择。</source>
        <translation>Invalid grade; please choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="123"/>
        <source>班号应在 1 到 99 之间。</source>
        <translation>The class number must be between 1 and 99.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="77"/>
        <source>班级名称最长 {n} 个字。</source>
        <translation>A class name can be at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="129"/>
        <source>{grade}已经有第 {number} 班（{name}），请换一个班号。</source>
        <translation>{grade} already has class {number} ({name}); please choose another number.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="82"/>
        <source>已经有名为“{name}”的班级，请换一个名称。</source>
        <translation>There is already a class named &quot;{name}&quot;; please choose another name.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="84"/>
        <source>名称“{name}”读作{other}，与这个班的年级和班号（{own}）不符。</source>
        <translation>The name &quot;{name}&quot; reads as {other}, which does not match this class&apos;s grade and number ({own}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="188"/>
        <source>{name} 还有 {n} 名在校学生，不能停用。请先把他们调到其他班级。</source>
        <translation>{name} still has {n} pupils at school and cannot be set aside. Move them to other classes first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/consent.py" line="42"/>
        <source>同意类别“{kind}”无效，可选：service（参加服务）、publication（公示）。</source>
        <translation>Consent kind &quot;{kind}&quot; is not valid. Choose service (taking part) or publication (public list).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/consent.py" line="67"/>
        <source>请填写签署同意书的监护人姓名（--by）。</source>
        <translation>Please enter the name of the guardian who signed the consent (--by).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/consent.py" line="70"/>
        <source>{who} 的“{kind}”同意已于 {given_on} 登记。</source>
        <translation>The &quot;{kind}&quot; consent of {who} was recorded on {given_on}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/consent.py" line="54"/>
        <source>{who} 没有在效的“{kind}”同意，无需撤回。</source>
        <translation>{who} has no &quot;{kind}&quot; consent in force; nothing to withdraw.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="237"/>
        <source>不予核准必须写明理由（按政策应收尽收，未核准的情况需要上报）。</source>
        <translation>A refusal needs a written reason (the policy is to take every pupil who needs the service, and refusals are reported).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="258"/>
        <source>请填写签订协议的家长姓名。</source>
        <translation>Please enter the name of the parent who signed the agreement.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="46"/>
        <source>{day} 不在任何学期内，无法报名课后服务。</source>
        <translation>{day} is not in any term; cannot enrol in the after-school service.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="126"/>
        <source>请指定学生（学籍号）或 --class 班级。</source>
        <translation>Please name pupils (student numbers) or a class (--class).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="174"/>
        <source>找不到报名记录“{enrolment_id}”。</source>
        <translation>Enrolment &quot;{enrolment_id}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="188"/>
        <source>{who} 本学期没有进行中的课后服务报名。</source>
        <translation>{who} has no open after-school service enrolment this term.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="290"/>
        <source>退出日期 {day} 必须晚于开始参加的日期 {enrolled_from}。</source>
        <translation>The withdrawal date {day} must be after the start date {enrolled_from}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="303"/>
        <source>{who} 在退出日期 {day} 及以后还有出勤记录（{shown}），退出日期不能早于这些记录；请把退出日期定在 {after} 或以后，或先更正这些记录。</source>
        <translation>{who} has attendance on or after the withdrawal date {day} ({shown}), and the withdrawal date cannot be before these records. Set the withdrawal date to {after} or later, or correct these records first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="201"/>
        <source>{who} 的报名状态是“{status}”，不能初审。</source>
        <translation>The enrolment of {who} is &quot;{status}&quot;; it cannot be reviewed by the class.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="223"/>
        <source>报名状态是“{status}”，不能核准。</source>
        <translation>The enrolment is &quot;{status}&quot;; it cannot be approved.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="243"/>
        <source>报名状态是“{status}”，不能再作不予核准处理。</source>
        <translation>The enrolment is &quot;{status}&quot;; it can no longer be refused.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="266"/>
        <source>{who} 本学期没有报名课后服务，无法登记协议。</source>
        <translation>{who} is not enrolled in the after-school service this term; cannot record the agreement.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="288"/>
        <source>{who} 目前没有参加课后服务，无需退出。</source>
        <translation>{who} is not in the after-school service now; no need to withdraw.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/enrolment.py" line="300"/>
        <source> 等 {count} 天</source>
        <translation> and more, {count} days in all</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="98"/>
        <location filename="../../after_school_desk/services/school/enrolment_views.py" line="91"/>
        <location filename="../../after_school_desk/services/school/staff.py" line="194"/>
        <source>找不到班级“{class_id}”。</source>
        <translation>Class &quot;{class_id}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/privacy.py" line="70"/>
        <source>保留期限不能是负数。</source>
        <translation>The retention period cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/privacy.py" line="32"/>
        <source>这名学生的个人信息已经删除，不能再修改离校记录。</source>
        <translation>This pupil&apos;s personal information has been erased; the departure record can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="286"/>
        <source>新编号“{new_id}”应为2–40位小写字母、数字或连字符，例如 my-county-2025。</source>
        <translation>The new ID &quot;{new_id}&quot; must be 2–40 lowercase letters, digits or hyphens, for example my-county-2025.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="293"/>
        <source>名称不能为空。</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="296"/>
        <source>没有编号为“{profile_id}”的政策配置。</source>
        <translation>There is no policy profile with ID &quot;{profile_id}&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="136"/>
        <source>没有编号为“{profile_id}”的政策配置。可用：{choices}。</source>
        <translation>There is no policy profile with ID &quot;{profile_id}&quot;. Available: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="126"/>
        <source>政策配置文件 {file} 中的 id “{profile_id}”与文件名不一致。</source>
        <translation>The id &quot;{profile_id}&quot; in policy profile file {file} does not match the file name.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="291"/>
        <source>编号“{new_id}”已经存在，请换一个。</source>
        <translation>The ID &quot;{new_id}&quot; already exists. Please choose another.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="298"/>
        <source>不能复制政策配置：</source>
        <translation>Cannot copy the policy profile:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/calendar.py" line="315"/>
        <location filename="../../after_school_desk/services/school/profiles.py" line="404"/>
        <location filename="../../after_school_desk/services/school/setup.py" line="83"/>
        <source>学段“{stage}”无效，可选：{choices}。</source>
        <translation>School stage &quot;{stage}&quot; is not valid. Choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="79"/>
        <location filename="../../after_school_desk/services/school/profiles.py" line="106"/>
        <source>政策配置文件 {path} 无法读取：{reason}</source>
        <translation>Cannot read policy profile file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="123"/>
        <source>政策配置文件 {file} 有误：</source>
        <translation>Policy profile file {file} has errors:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="160"/>
        <source>政策配置“{profile_id}”的 base 形成循环：{chain}</source>
        <translation>The bases of policy profile &quot;{profile_id}&quot; form a loop: {chain}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="317"/>
        <source>复制出的政策配置有误：</source>
        <translation>The copied policy profile has errors:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profile_history.py" line="72"/>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="59"/>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="149"/>
        <source>这个数据库里还没有学校，请先完成学校设置向导。</source>
        <translation>This database has no school yet. Please finish the school setup wizard first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profile_history.py" line="123"/>
        <source>学校设置</source>
        <translation>School set-up</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="349"/>
        <source>修改后的“{profile_id}”</source>
        <translation>the changed “{profile_id}”</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="92"/>
        <source>学校数据库中的“{profile_id}”</source>
        <translation>“{profile_id}” in the school&apos;s database</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="345"/>
        <source>“{profile_id}”是内置政策配置，不能修改；请先复制一份，再修改副本。</source>
        <translation>“{profile_id}” is a built-in policy profile and cannot be changed; copy it first, then change the copy.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/profiles.py" line="354"/>
        <source>政策配置“{profile_id}”没有修改：{reason}</source>
        <translation>Policy profile “{profile_id}” was not changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="206"/>
        <source>学籍号“{national_id}”无效（应为7–24位字母和数字）。</source>
        <translation>Student number &quot;{national_id}&quot; is not valid (it must be 7–24 letters and digits).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="220"/>
        <location filename="../../after_school_desk/services/school/staff.py" line="35"/>
        <source>姓名不能为空。</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="223"/>
        <source>性别“{sex}”无效，请填“男”或“女”。</source>
        <translation>Sex &quot;{sex}&quot; is not valid. Enter 男 (male) or 女 (female).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="235"/>
        <source>班级“{class_name}”无法识别，请写成如“三年级(2)班”。</source>
        <translation>Class &quot;{class_name}&quot; is not recognised. Write it like 三年级(2)班.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="251"/>
        <source>未知的学生标记：{flags}。</source>
        <translation>Unknown pupil flags: {flags}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="186"/>
        <source>找不到学生“{key}”（请输入学籍号或学生编号）。</source>
        <translation>Pupil &quot;{key}&quot; not found (enter the student number or the pupil ID).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="212"/>
        <source>学籍号 {national_id} 已属于 {class_name} 的 {name}。</source>
        <translation>Student number {national_id} already belongs to {name} of {class_name}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="243"/>
        <source>学校里没有 {class_name}。</source>
        <translation>The school has no class {class_name}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="254"/>
        <source>第 {number} 位接送人的姓名不能为空。</source>
        <translation>The name of pick-up adult {number} cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="256"/>
        <source>第 {number} 位接送人的电话“{phone}”无效。</source>
        <translation>The phone &quot;{phone}&quot; of pick-up adult {number} is not valid.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="260"/>
        <source>学生信息有误，未保存：</source>
        <translation>The pupil details have errors; nothing was saved:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="229"/>
        <source>出生日期“{birth_date}”无效，请写成 YYYY-MM-DD。</source>
        <translation>Birth date &quot;{birth_date}&quot; is not valid. Write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="245"/>
        <source>{class_name} 已停用，不能再放入学生（可在“人员与账户 → 班级”恢复使用）。</source>
        <translation>{class_name} is no longer in use and takes no new pupils (bring it back under People and accounts → Classes).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/pupils.py" line="318"/>
        <source>要修改的学生不存在。</source>
        <translation>The pupil to edit does not exist.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/roster.py" line="172"/>
        <source>第 {line} 行「{header}」：“{class_name}” 不是本校（{stage}）的年级</source>
        <translation>Line {line}, &quot;{header}&quot;: &quot;{class_name}&quot; is not a grade of this school ({stage})</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/roster.py" line="111"/>
        <source>数据库里还没有学校，请先建立学校（init），再导入名册。</source>
        <translation>The database has no school yet. Create the school first (init), then import the roster.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/roster.py" line="146"/>
        <source>在“{file}”里找不到表头行：需要有一行写着“姓名”“学籍号”“性别”“班级”等列名。</source>
        <translation>No header row found in &quot;{file}&quot;: it needs a row with column names such as 姓名, 学籍号, 性别 and 班级.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/roster.py" line="153"/>
        <source>名册缺少必需的列，未导入任何学生：</source>
        <translation>The roster is missing required columns; no pupils were imported:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/roster.py" line="158"/>
        <source>名册有 {count} 处错误，未导入任何学生：</source>
        <translation>The roster has {count} errors; no pupils were imported:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/roster.py" line="162"/>
        <source>“{file}”的表头下面没有学生，未导入任何数据。</source>
        <translation>There are no pupils under the header of &quot;{file}&quot;; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="88"/>
        <location filename="../../after_school_desk/services/school/setup.py" line="78"/>
        <source>学校名称不能为空。</source>
        <translation>The school name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="92"/>
        <location filename="../../after_school_desk/services/school/setup.py" line="80"/>
        <source>所属县（区）不能为空。</source>
        <translation>The county (district) cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="97"/>
        <source>当地下班时间“{time}”应写成 HH:MM，例如 17:30。</source>
        <translation>Local end of work &quot;{time}&quot; must be written as HH:MM, for example 17:30.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="102"/>
        <source>第三方机构最多填写 {count} 个。</source>
        <translation>At most {count} outside providers can be entered.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="106"/>
        <source>监督电话最多 60 个字。</source>
        <translation>The complaints phone can be at most 60 characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="109"/>
        <source>公示期应在 {low} 到 {high} 天之间（不填为 0）。</source>
        <translation>The notice period must be between {low} and {high} days (0 when not set).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="113"/>
        <source>服务内容最多 {count} 个字。</source>
        <translation>The service content can be at most {count} characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="90"/>
        <source>学校名称太长（最多 60 个字）。</source>
        <translation>The school name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="104"/>
        <source>每个第三方机构的名称最多 60 个字。</source>
        <translation>Each outside provider&apos;s name can be at most 60 characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="117"/>
        <source>应在 {low} 到 {high} 分钟之间。</source>
        <translation>Must be between {low} and {high} minutes.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="126"/>
        <source>学校设置有误，未做任何改动：</source>
        <translation>The school settings have errors; nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="218"/>
        <source>备份文件夹“{folder}”不是完整路径，请用“选择文件夹…”挑选。</source>
        <translation>Backup folder &quot;{folder}&quot; is not a full path. Use Choose folder… to pick one.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="234"/>
        <source>备份文件夹 {folder} 不能写入，请换一个文件夹。</source>
        <translation>Backup folder {folder} cannot be written to. Please choose another folder.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="225"/>
        <source>无法使用备份文件夹 {folder}：{reason}</source>
        <translation>Cannot use backup folder {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="219"/>
        <source>请选择一个完整的文件夹路径。</source>
        <translation>Please choose a full folder path.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="235"/>
        <source>这个文件夹不能写入。</source>
        <translation>This folder cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/school_settings.py" line="230"/>
        <source>无法创建这个文件夹。</source>
        <translation>Cannot create this folder.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="233"/>
        <location filename="../../after_school_desk/services/school/setup.py" line="88"/>
        <source>学期开始日期</source>
        <translation>Term start date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="234"/>
        <location filename="../../after_school_desk/services/school/setup.py" line="89"/>
        <source>学期结束日期</source>
        <translation>Term end date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="70"/>
        <source>{label}“{value}”请写成 YYYY-MM-DD，例如 2026-09-01。</source>
        <translation>{label} &quot;{value}&quot;: please write it as YYYY-MM-DD, for example 2026-09-01.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="86"/>
        <source>学校标识码“{code}”应为10位数字。</source>
        <translation>School code &quot;{code}&quot; must be 10 digits.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="98"/>
        <source>政策配置“{profile_id}”不存在，可选：{choices}。</source>
        <translation>Policy profile &quot;{profile_id}&quot; does not exist. Choose from: {choices}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="115"/>
        <source>每个年级的班级数应在 0 到 20 之间。</source>
        <translation>The number of classes per grade must be between 0 and 20.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="181"/>
        <source>学校信息有误，未做任何改动：</source>
        <translation>The school details have errors; nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="236"/>
        <location filename="../../after_school_desk/services/school/setup.py" line="91"/>
        <source>学期结束日期必须晚于开始日期。</source>
        <translation>The term end date must be after the start date.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="62"/>
        <source>{label}“{value}”不是有效日期，请写成 YYYY-MM-DD，例如 2026-09-01。</source>
        <translation>{label} &quot;{value}&quot; is not a valid date. Write it as YYYY-MM-DD, for example 2026-09-01.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="107"/>
        <source>星期{weekday}的服务时间 {start}–{end} 无效（应为 HH:MM，且结束晚于开始）。</source>
        <translation>The service time {start}–{end} for weekday {weekday} is not valid (use HH:MM, with the end after the start).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="184"/>
        <source>这个数据库里已经有学校了，init 只能用于新的空数据库。</source>
        <translation>This database already has a school; init only works on a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="240"/>
        <source>学期 {start}–{end} 与已有学期 {term} 重叠。</source>
        <translation>The term {start}–{end} overlaps the existing term {term}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/setup.py" line="93"/>
        <source>一个学期不能超过 220 天，请检查学期日期。</source>
        <translation>A term cannot be longer than 220 days. Please check the term dates.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="39"/>
        <source>角色“{role}”无效，可选：teacher、duty_leader、principal、external。</source>
        <translation>Role &quot;{role}&quot; is not valid. Choose teacher, duty_leader, principal or external.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="49"/>
        <source>备案状态“{vetting}”无效。</source>
        <translation>Vetting state &quot;{vetting}&quot; is not valid.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="166"/>
        <source>有 {count} 位教职工叫“{name}”，请改用编号。</source>
        <translation>{count} staff members are called &quot;{name}&quot;; please use the ID instead.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="37"/>
        <source>姓名最长 40 个字。</source>
        <translation>The name can be at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="46"/>
        <source>电话“{phone}”不是有效的手机或固定电话号码。</source>
        <translation>&quot;{phone}&quot; is not a valid mobile or landline number.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="51"/>
        <source>教职工信息有误：</source>
        <translation>The staff details have errors:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="134"/>
        <source>找不到教职工“{staff_id}”。</source>
        <translation>Staff member &quot;{staff_id}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="164"/>
        <source>找不到教职工“{name}”。</source>
        <translation>Staff member &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/staff.py" line="113"/>
        <source>{name} 还是 {classes} 的班主任，请先在“班主任安排”中另选班主任。</source>
        <translation>{name} is still the class teacher of {classes}. Choose another class teacher under class teachers first.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/class_register.py" line="157"/>
        <location filename="../../after_school_desk/services/school/staff.py" line="198"/>
        <location filename="../../after_school_desk/services/school/users.py" line="314"/>
        <source>请选择一位在职的教职工。</source>
        <translation>Please choose a current staff member.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="50"/>
        <source>令牌无效、已过期或已被吊销。请向校长或系统管理员要一个新的令牌（token create）。</source>
        <translation>The token is not valid, has expired or was revoked. Ask the principal or an administrator for a new token (token create).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="64"/>
        <source>只有用账户登录的人才能建立令牌（--user 登录名）。</source>
        <translation>Only someone logged in with an account can create a token (--user login).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="69"/>
        <source>令牌名称“{name}”无效：不能为空、不能含空格，最长 {max_length} 个字符。</source>
        <translation>Token name &quot;{name}&quot; is not valid: it cannot be empty or contain spaces, and can be at most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="77"/>
        <source>有效天数应在 1 到 {max_days} 之间（收到 {days}）。</source>
        <translation>The number of valid days must be between 1 and {max_days} (got {days}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="80"/>
        <source>没有建立令牌：</source>
        <translation>No token was created:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="86"/>
        <source>找不到可用的登录账户“{login}”，没有建立令牌。</source>
        <translation>No usable login account &quot;{login}&quot; found; no token was created.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="89"/>
        <source>令牌代表的账户“{login}”能做的事不能多于您自己的账户，没有建立令牌。</source>
        <translation>The account &quot;{login}&quot; the token acts as may not do more than your own account; no token was created.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="96"/>
        <source>已有名为“{name}”的令牌（可能已过期）。请换一个名称，或先吊销它（token revoke {name}）。</source>
        <translation>A token named &quot;{name}&quot; already exists (it may have expired). Choose another name, or revoke it first (token revoke {name}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="142"/>
        <source>找不到令牌“{name}”。</source>
        <translation>Token &quot;{name}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/tokens.py" line="145"/>
        <source>令牌“{name}”已于 {revoked_at} 吊销。</source>
        <translation>Token &quot;{name}&quot; was revoked at {revoked_at}.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="71"/>
        <source>PIN 需为 4–12 位数字，或至少 6 个字符的密码。</source>
        <translation>The PIN must be 4–12 digits, or a password of at least 6 characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="68"/>
        <source>校长和系统管理员的 PIN 需为 6–12 位数字，或一个口令（至少 8 个字符，不能全是数字）。</source>
        <translation>A principal&apos;s or administrator&apos;s PIN must be 6–12 digits, or a passphrase (at least 8 characters, not all digits).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="111"/>
        <source>登录名不能为空。</source>
        <translation>The login name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="115"/>
        <source>角色“{role}”无效，可选：teacher、duty_leader、principal、admin。</source>
        <translation>Role &quot;{role}&quot; is not valid. Choose teacher, duty_leader, principal or admin.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="360"/>
        <source>显示名称不能为空，最长 40 个字。</source>
        <translation>The display name cannot be empty and can be at most 40 characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="416"/>
        <source>新 PIN 不能与原 PIN 相同。</source>
        <translation>The new PIN cannot be the same as the old PIN.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="427"/>
        <source>原 PIN 不正确。</source>
        <translation>The old PIN is wrong.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="113"/>
        <source>登录名不能含空格，最长 32 个字符。</source>
        <translation>The login name cannot contain spaces and can be at most 32 characters.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="124"/>
        <source>无法建立登录账户：{problems}</source>
        <translation>Cannot create the login account: {problems}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="141"/>
        <source>登录名“{login}”已被使用。</source>
        <translation>The login name &quot;{login}&quot; is already taken.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="187"/>
        <location filename="../../after_school_desk/services/school/users.py" line="203"/>
        <source>登录名或 PIN 不正确。</source>
        <translation>Wrong login name or PIN.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="243"/>
        <source>PIN 错误次数过多，请 {minutes} 分钟后再试。</source>
        <translation>Too many wrong PINs. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="305"/>
        <location filename="../../after_school_desk/services/school/users.py" line="330"/>
        <source>找不到登录账户“{login}”。</source>
        <translation>Login account &quot;{login}&quot; not found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="318"/>
        <source>{name} 已关联登录账户“{login}”。</source>
        <translation>{name} is already linked to the login account &quot;{login}&quot;.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="409"/>
        <source>只有用账户登录的人才能修改自己的 PIN。</source>
        <translation>Only someone logged in with an account can change their own PIN.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="413"/>
        <source>这个账户已被停用或不存在。</source>
        <translation>This account is disabled or does not exist.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/services/school/users.py" line="340"/>
        <source>不能停用自己正在使用的账户。</source>
        <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="88"/>
        <source>数据文件夹不能放在网络共享文件夹上（断网或对方电脑关机时会损坏数据）。请选本机硬盘上的文件夹。</source>
        <translation>The data folder cannot be on a network share (the data is damaged when the network drops or the other PC is switched off). Choose a folder on this PC&apos;s own disk.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="92"/>
        <source>数据文件夹不能放在 U 盘或存储卡上（拔出时会损坏数据）。U 盘只用来存放备份。</source>
        <translation>The data folder cannot be on a USB stick or a memory card (the data is damaged when it is pulled out). Use USB sticks for backups only.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="198"/>
        <source>{disk} 上只剩 {free}，放不下学校的数据（{needed}，还要留些余量）。请先腾出空间，或选别的磁盘。</source>
        <translation>Only {free} is left on {disk}: not enough for the school&apos;s data ({needed}, plus some room to spare). Free some space first, or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="115"/>
        <source>请写出完整的文件夹路径（{target} 不是完整路径）。</source>
        <translation>Please give the full folder path ({target} is not a full path).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="118"/>
        <source>{target} 就是现在的数据文件夹，不用移动。</source>
        <translation>{target} is the data folder already; there is nothing to move.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="120"/>
        <source>新的数据文件夹不能在现在的数据文件夹里面，现在的也不能在新的里面。</source>
        <translation>The new data folder cannot be inside the current one, nor the current one inside the new one.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="122"/>
        <source>{target} 是一个文件，不是文件夹。</source>
        <translation>{target} is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="127"/>
        <source>文件夹 {target} 里已经有别的文件（{names}）。请选一个空文件夹，或在它里面新建一个文件夹。</source>
        <translation>The folder {target} already holds other files ({names}). Choose an empty folder, or make a new folder inside it.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="220"/>
        <source>无法在 {target} 里写入文件（{why}）。请选一个这个电脑账户有写入权限的本机文件夹。</source>
        <translation>Cannot write files in {target} ({why}). Choose a folder of this PC that this account may write to.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="291"/>
        <source>复制出的文件与原文件不是同一所学校</source>
        <translation>the copy is not of the same school as the original</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="294"/>
        <source>复制出的 {name} 没有通过检查，数据文件夹没有移动：{problems}</source>
        <translation>The copy of {name} failed its check; the data folder was not moved: {problems}</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="286"/>
        <source>复制 {name} 到 {folder} 没有成功（{why}）。</source>
        <translation>Copying {name} to {folder} failed ({why}).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/data_move.py" line="251"/>
        <source>{name} 正在被课后服务台使用。请先关闭课后服务台的窗口，再移动数据文件夹。</source>
        <translation>{name} is in use by After-School Desk. Close the After-School Desk window first, then move the data folder.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/store/sqlite_errors.py" line="26"/>
        <source>这台电脑不是学校主机：学校基础信息（学生、班级、教职工、账号、收费标准、减免退费、校历、值班表、月结）和报名的核准或不予核准只能在学校主机上操作，这次修改没有保存。请在学校主机上操作。</source>
        <translation>This PC is not the school hub: the school register (pupils, classes, staff, accounts, fee standards, waivers and refunds, the calendar, the duty roster, month closes) and the decision on applications can only be changed on the school hub. Nothing was saved. Please do this on the school hub.</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="184"/>
        <source>不予核准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="186"/>
        <source>写明不予核准的理由</source>
        <translation>Give the reason for refusing</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="187"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="147"/>
        <source>修改显示名称：%1</source>
        <translation>Rename: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="151"/>
        <source>显示名称</source>
        <translation>Display name</translation>
    </message>
</context>
<context>
    <name>ReopenMonthDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="74"/>
        <source>重新打开 %1</source>
        <translation>Reopen %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="79"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="82"/>
        <source>重新打开后可以修改该月的记录；已月结的快照保留，改完后请再次月结。理由会记入修改记录。</source>
        <translation>Reopening allows changes to the month&apos;s records; the closed snapshot is kept. Close the month again when done. The reason is kept in the change history.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="89"/>
        <source>例如：补录 10 月 20 日的退费</source>
        <translation>e.g. entering a refund of 20 October</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/month_close_box.py" line="91"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="121"/>
        <source>课后服务工作台账（PDF）</source>
        <translation>After-school service ledger (PDF)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="128"/>
        <source>直报数据参考表（XLSX/CSV）</source>
        <translation>Direct-report reference sheet (XLSX/CSV)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="135"/>
        <source>直报数据空白模板（XLSX）</source>
        <translation>Direct-report blank template (XLSX)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="142"/>
        <source>放学交接单（停电备用，PDF）</source>
        <translation>Handover sheet (power-cut backup, PDF)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="149"/>
        <source>带班领导值班表（PDF）</source>
        <translation>Duty leader roster (PDF)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="156"/>
        <source>收支公示及减免名单（PDF/XLSX）</source>
        <translation>Finance notice and waiver list (PDF/XLSX)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="163"/>
        <source>教职工补助表（PDF/XLSX）</source>
        <translation>Staff subsidy sheet (PDF/XLSX)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="170"/>
        <source>欠费名单（内部，PDF）</source>
        <translation>Unpaid fees (internal, PDF)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="177"/>
        <source>学生接送卡（PDF）</source>
        <translation>Pupil pickup cards (PDF)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="186"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="187"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/report_kinds.py" line="188"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="76"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="88"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="87"/>
        <location filename="../../after_school_desk/ui/reports_page.py" line="118"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="83"/>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="89"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="90"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="92"/>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="93"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="94"/>
        <source>先在程序里预览，再打印或另存为 PDF</source>
        <translation>Preview in the program first, then print or save as PDF</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="95"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="98"/>
        <source>保存报送包…</source>
        <translation>Save county package…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="100"/>
        <source>把本月直报数据存成一个交给县教育局的文件（只有汇总数字，没有学生姓名）</source>
        <translation>Save the month&apos;s direct-report figures as one file for the county bureau (totals only, no pupil names)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="172"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="190"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="190"/>
        <source>这个报表是表格文件，请保存后用表格软件打印。</source>
        <translation>This report is a spreadsheet. Save it and print it from a spreadsheet program.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="240"/>
        <source>预览已关闭，正在停止生成…</source>
        <translation>Preview closed; stopping the report…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="346"/>
        <location filename="../../after_school_desk/ui/reports_page.py" line="374"/>
        <source>预览已关闭。</source>
        <translation>Preview closed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="348"/>
        <source>已生成，请在预览里打印或另存为。</source>
        <translation>Done. Print or save it from the preview.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="268"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="275"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="276"/>
        <source>报送包要写明学校标识码（10 位数字），县里靠它认出是哪所学校。
请输入本校的学校标识码（会保存到学校设置）：</source>
        <translation>A package must carry the school code (10 digits): the county knows the school by it.
Enter this school&apos;s code (saved to the school settings):</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="282"/>
        <source>报送包保存到哪个文件夹（例如 U 盘）</source>
        <translation>Folder for the package (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="290"/>
        <source>没有保存：报送包需要学校标识码。</source>
        <translation>Not saved: a package needs the school code.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="307"/>
        <source>正在生成报送包…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="314"/>
        <source>已保存报送包：%1</source>
        <translation>Package saved: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="320"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="229"/>
        <location filename="../../after_school_desk/ui/reports_page.py" line="360"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/reports_page.py" line="374"/>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="165"/>
        <source>重设 PIN：%1（%2）</source>
        <translation>Reset PIN: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="173"/>
        <source>新 PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="174"/>
        <source>再输入一次</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="179"/>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="279"/>
        <source>取消减免</source>
        <translation>Revoke waiver</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="282"/>
        <source>自此日起不再减免</source>
        <translation>No reduction from</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="24"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="25"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="26"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="27"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="28"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="29"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_model.py" line="30"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="63"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="68"/>
        <source>搜索：姓名、拼音首字母（如 zs）、全拼或学籍号</source>
        <translation>Name, pinyin (e.g. zs) or registry no.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="73"/>
        <source>其他班级学生的监护人电话只显示部分号码，重点关注标记不显示。</source>
        <translation>For pupils of other classes, guardians&apos; phone numbers are shown in part only and the priority flags are not shown.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="77"/>
        <source>新增学生</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="78"/>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="79"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="80"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="81"/>
        <source>离校归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="82"/>
        <source>清除过期个人信息</source>
        <translation>Erase expired</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="116"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="155"/>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="164"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="189"/>
        <source>%1 / %2 人</source>
        <translation>%1 / %2 pupils</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="242"/>
        <source>请先在名册中选中离校的学生。</source>
        <translation>First select the pupil who left in the roster.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="253"/>
        <source>已归档：%1，%2 离校。个人信息保留到保留期满后再清除。</source>
        <translation>Archived: %1, left on %2. Personal data is kept until the retention period ends.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/roster_page.py" line="268"/>
        <source>已清除 %1 名离校学生的个人信息；班级、出勤和收费记录保留。</source>
        <translation>Erased the personal data of %1 leaver(s); class, attendance and fee records are kept.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="80"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="81"/>
        <source>这些信息会印在台账和报表上，以后可以修改。</source>
        <translation>Printed on ledgers and reports; can be changed later.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="83"/>
        <source>学校名称 *</source>
        <translation>School name *</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="84"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="85"/>
        <source>所属县（区） *</source>
        <translation>County (district) *</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="86"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="89"/>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="92"/>
        <source>学校已经在另一台电脑上使用课后服务台，并设好了同步文件夹？那么不用在这里填写，请加入本校已有的电脑：</source>
        <translation>Is the school already using After-School Desk on another PC, with a sync folder set up? Then do not fill this in; join the school&apos;s PCs instead:</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsPage</name>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="75"/>
        <source>10 位数字，不知道可以不填</source>
        <translation>10 digits; leave empty if unknown</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="76"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="78"/>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="79"/>
        <source>所属县（区）</source>
        <translation>County (district)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="80"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="83"/>
        <source>已知</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="90"/>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="90"/>
        <source>没有</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="91"/>
        <source>已公示</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="91"/>
        <source>未公示</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="93"/>
        <source>每行写一个机构名称；没有就不填</source>
        <translation>One organisation per line; leave empty if none</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="98"/>
        <source>直报系统需要的信息</source>
        <translation>Needed for the direct-report system</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="101"/>
        <source>这些信息记录里没有，需要学校填写；每月的直报会自动带上。</source>
        <translation>The records do not hold these; the school fills them in and each monthly report includes them.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="103"/>
        <source>当地下班时间</source>
        <translation>Local end of work</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="104"/>
        <source>作业管理办法</source>
        <translation>Homework policy</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="105"/>
        <source>作业公示</source>
        <translation>Homework notice</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="109"/>
        <source>第三方机构</source>
        <translation>Outside providers</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="114"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="117"/>
        <source>提醒多久未处理报带班领导</source>
        <translation>Escalate open alerts after</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="121"/>
        <source>签到截止（服务开始后）</source>
        <translation>Sign-in closes (after start)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="129"/>
        <source>如：学校 0951-1234567，县教育局 0951-7654321</source>
        <translation>e.g. school 0951-1234567, county bureau 0951-7654321</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="133"/>
        <source>不填（打印时留空）</source>
        <translation>Not set (blank on the printout)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="134"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="141"/>
        <source>不填则写：作业辅导、阅读和兴趣活动</source>
        <translation>Default: homework help, reading and activities</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="142"/>
        <source>收支公示</source>
        <translation>Finance notice</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="144"/>
        <source>监督电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="145"/>
        <source>公示期</source>
        <translation>Notice period</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="146"/>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="148"/>
        <source>保存学校设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="151"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="161"/>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="162"/>
        <source>复制路径</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="165"/>
        <source>数据文件夹…</source>
        <translation>Data folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="174"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="175"/>
        <source>恢复默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="183"/>
        <source>数据位置</source>
        <translation>Data location</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="185"/>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="186"/>
        <source>“立即备份”保存到</source>
        <translation>“Back up now” saves to</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="189"/>
        <source>学校设置</source>
        <translation>School settings</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="232"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="244"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="256"/>
        <source>共 %1 家</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="319"/>
        <source>学校设置已保存。</source>
        <translation>School settings saved.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="329"/>
        <source>每天的自动备份仍保存在 %1，程序启动时发现数据损坏会从那里恢复。</source>
        <translation>The daily automatic backups stay in %1; if damage is found at start-up, the program restores from there.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="339"/>
        <source>无法打开文件夹，路径已复制，可粘贴到文件管理器地址栏：%1</source>
        <translation>Cannot open the folder; the path was copied, paste it into the file manager&apos;s address bar: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="349"/>
        <source>数据库路径已复制。</source>
        <translation>Database path copied.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="353"/>
        <source>选择保存备份的文件夹</source>
        <translation>Choose the folder for backups</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/school_settings_page.py" line="374"/>
        <source>“立即备份”将保存到 %1。</source>
        <translation>“Back up now” will save to %1.</translation>
    </message>
</context>
<context>
    <name>SealBox</name>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="27"/>
        <source>核对记录（防篡改）</source>
        <translation>Check the records (tamper evidence)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="33"/>
        <source>每条考勤、收费、减免和账号记录保存时都盖了防篡改印记。换电脑或从备份恢复后，请把原来电脑上导出的密钥导入这台电脑。</source>
        <translation>Every attendance, payment, waiver and account record is sealed against tampering when it is saved. After moving to another PC or restoring from a backup, import the key exported on the original PC into this one.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="38"/>
        <source>检查全部记录</source>
        <translation>Check all records</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="40"/>
        <source>导出密钥…</source>
        <translation>Export key…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="42"/>
        <source>导入密钥…</source>
        <translation>Import key…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="54"/>
        <source>正在核对全部记录…</source>
        <translation>Checking all records…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="61"/>
        <source>检查完成</source>
        <translation>Check complete</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="62"/>
        <source>全部记录正常，没有发现在程序之外的改动。</source>
        <translation>All records are in order; no changes made outside the program were found.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="66"/>
        <source>检查发现问题</source>
        <translation>The check found problems</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="68"/>
        <source>有记录在程序之外被改动、删除或添加，或者无法核对。详细情况见下方，请保留这台电脑的现状，并报告校长。</source>
        <translation>Records were changed, deleted or added outside the program, or could not be checked. The details are below; leave this PC as it is and tell the principal.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="78"/>
        <source>导出防篡改密钥</source>
        <translation>Export the tamper-evidence key</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="82"/>
        <source>正在导出密钥…</source>
        <translation>Exporting the key…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="88"/>
        <source>已导出密钥</source>
        <translation>Key exported</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="89"/>
        <source>密钥已写到 %1。请像保管公章一样保管它。</source>
        <translation>The key was written to %1. Keep it as safe as the school&apos;s official seal.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="93"/>
        <source>导入防篡改密钥</source>
        <translation>Import the tamper-evidence key</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="96"/>
        <source>正在导入密钥…</source>
        <translation>Importing the key…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="103"/>
        <source>已导入密钥</source>
        <translation>Key imported</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/seal_box.py" line="104"/>
        <source>已导入 %1 把密钥。可以点“检查全部记录”核对。</source>
        <translation>%1 key(s) imported. Tap “Check all records” to check.</translation>
    </message>
</context>
<context>
    <name>SelfLeaveBox</name>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="33"/>
        <source>自行离校同意书</source>
        <translation>Permission to leave alone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="43"/>
        <source>签字的监护人</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="45"/>
        <source>登记同意书</source>
        <translation>Record permission</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="47"/>
        <source>撤销</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="50"/>
        <source>签字日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="51"/>
        <source>从哪天起失效</source>
        <translation>Invalid from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="71"/>
        <source>%1 于 %2 签字</source>
        <translation>signed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="74"/>
        <source>（%1登记）</source>
        <translation> (recorded by %1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="77"/>
        <source>，长期有效</source>
        <translation>, no end date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="80"/>
        <source>，有效至 %1</source>
        <translation>, valid until %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="82"/>
        <source>，%1 起已撤销</source>
        <translation>, revoked from %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="94"/>
        <source>有效：</source>
        <translation>In force: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="96"/>
        <source>目前无效：</source>
        <translation>Not in force: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="98"/>
        <source>未登记：学生只能交给接送人。</source>
        <translation>None on file: the pupil may only leave with a pickup adult.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/self_leave_box.py" line="101"/>
        <source>此前：</source>
        <translation>Earlier: </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/settings_dialog.py" line="26"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/settings_dialog.py" line="30"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/settings_dialog.py" line="34"/>
        <source>这台电脑无人操作超过设定时间后自动锁定，需要重新输入 PIN 才能继续使用。教室里多人共用的电脑建议设为 5 分钟。</source>
        <translation>When nobody has used this PC for the set time it locks itself; the PIN is needed to continue. For a classroom PC shared by many, 5 minutes is recommended.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/settings_dialog.py" line="41"/>
        <source>无操作自动锁定</source>
        <translation>Lock after no use for</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/settings_dialog.py" line="43"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/settings_dialog.py" line="45"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="279"/>
        <source>课后服务台 — 首次设置</source>
        <translation>After-School Desk — first-time setup</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="282"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="283"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="284"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="285"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="288"/>
        <source>例如：立岗镇中心小学</source>
        <translation>e.g. 立岗镇中心小学</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="290"/>
        <source>10位数字，可以以后再填</source>
        <translation>10 digits; may be filled in later</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="292"/>
        <source>例如：贺兰县</source>
        <translation>e.g. 贺兰县</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="296"/>
        <source>寄宿制学校</source>
        <translation>Boarding school</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="297"/>
        <source>乡村学校或教学点</source>
        <translation>Village school or teaching point</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="305"/>
        <source>留空则自动命名，如“2026-2027学年第一学期”</source>
        <translation>Leave empty to name it automatically</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="321"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="321"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="321"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="321"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="322"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="347"/>
        <source>6–12 位数字或口令</source>
        <translation>6–12 digits or a passphrase</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="349"/>
        <source>加入本校已有的电脑（从同步文件夹）…</source>
        <translation>Join the school&apos;s PCs (from the sync folder)…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="396"/>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="396"/>
        <source>初中</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="396"/>
        <source>高中</source>
        <translation>Senior secondary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="400"/>
        <source>周%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="409"/>
        <source>各学段的每周服务时间（建校后可在“校历 → 服务时间”中修改）：</source>
        <translation>Weekly service times of each stage (change them later under Calendar → Service times):</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="438"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="440"/>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="406"/>
        <source>不安排</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="59"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="65"/>
        <source>扫学生卡，或输入姓名 / 拼音首字母，回车签到</source>
        <translation>Scan card, or type a name + Enter</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="66"/>
        <location filename="../../after_school_desk/ui/signin_page.py" line="217"/>
        <source>全部到齐</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="79"/>
        <source>到了</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="80"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="81"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="82"/>
        <source>记录…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="83"/>
        <source>这名学生今天的记录，可更正</source>
        <translation>This pupil&apos;s records today; can be corrected</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="87"/>
        <source>原因（可不填）</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="95"/>
        <source>点“全部到齐”签到全班，再点没来的学生改为“缺席”或“请假”（先标记也可以）。</source>
        <translation>Tap All present to sign in the whole class, then tap each missing pupil and change them to Absent or Leave (marking them first also works).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="117"/>
        <source>请假到</source>
        <translation>Leave until</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="135"/>
        <source>缺席提醒</source>
        <translation>Absence alerts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="208"/>
        <source>应到 %1 · 已到 %2 · 请假 %3 · 缺席 %4 · 未到 %5</source>
        <translation>%1 due · %2 in · %3 leave · %4 absent · %5 not yet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="215"/>
        <source>全部到齐（其余 %1 人）</source>
        <translation>All present (other %1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="223"/>
        <source>⚠ %1 名学生缺席，尚未联系上家长 — 点这里处理</source>
        <translation>⚠ %1 pupil(s) absent, parents not reached — tap here</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="233"/>
        <source>（先点选学生）</source>
        <translation>Tap a pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="276"/>
        <source>已签到 %1 人。</source>
        <translation>Signed in %1.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="288"/>
        <source>%1 已签到（%2）。</source>
        <translation>%1 signed in (%2).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="310"/>
        <source>有 %1 名学生符合“%2”，请再多输入几个字，或直接点选。</source>
        <translation>%1 pupils match “%2”; type more, or tap the pupil.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="328"/>
        <source>%1 没有参加课后服务（未报名、未核准或已退出），不能签到。如家长要求参加，请在“报名”页为其登记申请，学校核准后即可签到。</source>
        <translation>%1 is not in the after-school service (not applied, not approved or withdrawn) and cannot sign in. If the parents want it, record an application on the Enrolment page; sign-in works once the school approves.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="352"/>
        <source>%1 记为缺席，请联系家长。</source>
        <translation>%1 marked absent; please contact the parents.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/signin_page.py" line="373"/>
        <source>%1 请假已登记（%2 个服务日）。</source>
        <translation>Leave recorded for %1 (%2 service day(s)).</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="47"/>
        <source>新增教职工</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="49"/>
        <source>编辑教职工：%1</source>
        <translation>Edit staff: %1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="54"/>
        <source>手机或固定电话，可不填</source>
        <translation>Mobile or landline, optional</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="57"/>
        <source>如备案编号、日期、未通过的原因</source>
        <translation>e.g. vetting no., date, reason for failing</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="58"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="59"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="60"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="61"/>
        <source>备案状态</source>
        <translation>Vetting</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/people_dialogs.py" line="62"/>
        <source>备案说明</source>
        <translation>Vetting note</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="26"/>
        <source>新增教职工</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="27"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="28"/>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="63"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="31"/>
        <source>班主任安排（选好即保存）</source>
        <translation>Head teachers (saved on choosing)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="42"/>
        <source>只有校长可以增改教职工和安排班主任；这里只能查看。</source>
        <translation>Only the principal can add or edit staff and assign head teachers; you can only view them here.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="61"/>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="69"/>
        <source>已添加教职工。</source>
        <translation>Staff member added.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/staff_tab.py" line="74"/>
        <source>已保存修改。</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>StorageFailure</name>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="56"/>
        <source>原因：电脑的磁盘已满。</source>
        <translation>Reason: the computer&apos;s disk is full.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="57"/>
        <source>请清理磁盘空间（删除不用的文件、清空回收站）后，再点一次刚才的按钮。</source>
        <translation>Please free disk space (delete unneeded files, empty the recycle bin), then tap the same button again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="61"/>
        <source>原因：数据库文件没有通过完整性检查，程序处于只读模式，不再保存任何修改。</source>
        <translation>Reason: the database file failed its integrity check; the program is in read-only mode and saves no changes.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="62"/>
        <source>请在“备份与恢复”中从最近的备份恢复，或联系县里的信息技术人员。</source>
        <translation>Please restore the latest backup under “Backup and restore”, or contact the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="66"/>
        <source>原因：数据库文件已损坏。</source>
        <translation>Reason: the database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="67"/>
        <source>程序已切换为只读模式，避免把记录写进损坏的文件。请在“备份与恢复”中从最近的备份恢复，或联系县里的信息技术人员。</source>
        <translation>The program has switched to read-only mode so that no records are written into the damaged file. Please restore the latest backup under “Backup and restore”, or contact the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="74"/>
        <source>原因：数据库文件或它所在的文件夹是只读的。</source>
        <translation>Reason: the database file or its folder is read-only.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="75"/>
        <source>请检查文件的权限，或请信息技术人员把它放到本机可以写入的文件夹。</source>
        <translation>Please check the file&apos;s permissions, or ask the IT staff to move it to a folder on this PC that can be written.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="79"/>
        <source>原因：数据库文件正被其他程序占用。</source>
        <translation>Reason: the database file is in use by another program.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="80"/>
        <source>请稍等片刻，再点一次刚才的按钮。</source>
        <translation>Please wait a moment, then tap the same button again.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="84"/>
        <source>原因：读写磁盘时出错。</source>
        <translation>Reason: reading or writing the disk failed.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="85"/>
        <source>请确认磁盘连接正常后，再点一次刚才的按钮。如果反复出现，请先在“备份与恢复”中做一份备份，再联系县里的信息技术人员。</source>
        <translation>Please make sure the disk is connected properly, then tap the same button again. If it keeps happening, first make a backup under “Backup and restore”, then contact the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="91"/>
        <source>原因：数据库出错。</source>
        <translation>Reason: a database error.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="92"/>
        <source>请再点一次刚才的按钮；如果反复出现，请联系县里的信息技术人员。</source>
        <translation>Please tap the same button again; if it keeps happening, contact the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="98"/>
        <source>这次操作没有保存，之前保存的记录不受影响。</source>
        <translation>This action was NOT saved. Records saved before are not affected.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="127"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="128"/>
        <source>日志文件：</source>
        <translation>Log file: </translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="131"/>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="162"/>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="132"/>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="163"/>
        <source>只查看</source>
        <translation>View only</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="153"/>
        <source>启动检查发现数据库文件有损坏。</source>
        <translation>The start-up check found damage in the database file.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="154"/>
        <source>为了不把记录写进损坏的文件，程序现在只能查看，不能保存任何修改。</source>
        <translation>So that no records are written into the damaged file, the program can now only show data and saves no changes.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="155"/>
        <source>请从最近的备份恢复，或联系县里的信息技术人员。</source>
        <translation>Please restore the latest backup, or contact the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="158"/>
        <source>数据库检查发现问题</source>
        <translation>The database check found problems</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="176"/>
        <source>每日核对发现：有记录在课后服务台之外被改动、删除或添加，或者无法核对。</source>
        <translation>The daily check found records that were changed, deleted or added outside After-School Desk, or that could not be checked.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="177"/>
        <source>程序可以照常使用。请不要删除任何文件，并尽快告诉校长；校长可在“备份与恢复 → 检查全部记录”查看是哪些记录。</source>
        <translation>You can keep using the program. Do not delete any files and tell the principal soon; the principal can see which records under “Backup and restore → Check all records”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/storage_failure.py" line="183"/>
        <source>记录核对发现问题</source>
        <translation>The record check found problems</translation>
    </message>
</context>
<context>
    <name>SubsidyRatesDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="90"/>
        <source>补助标准</source>
        <translation>Subsidy rates</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="94"/>
        <source>政策倍数（只读）</source>
        <translation>Policy multipliers (read-only)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="122"/>
        <source>新增或调整标准</source>
        <translation>Add or change a rate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="129"/>
        <source>元，如 30 或 12.50</source>
        <translation>yuan, e.g. 30 or 12.50</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="137"/>
        <source>人员类别</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="138"/>
        <source>日期类型</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="139"/>
        <source>计酬单位</source>
        <translation>Pay unit</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="140"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="141"/>
        <source>起用日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="152"/>
        <source>“基数”按上面的政策倍数折算到每类日期；选某一日期类型则是该类日期的固定标准，优先于基数。调整标准：点表中一行带入，改好金额和起用日期后保存；旧标准保留为历史。</source>
        <translation>A “base” rate is scaled to each day type by the policy multipliers above; a rate for one day type is fixed for that type and overrides the base. To change a rate, tap a row in the table, edit the amount and effective date, and save; the old rate is kept as history.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="161"/>
        <source>保存标准</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="163"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="184"/>
        <source>新增或调整标准（只有校长可以调整）</source>
        <translation>Add or change a rate (principal only)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="197"/>
        <source>政策倍数（只读，来自政策配置“%1”）</source>
        <translation>Policy multipliers (read-only, from the profile “%1”)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="206"/>
        <source>本校政策配置未规定补助倍数，基数按 100% 计；可在学校设置中更换政策配置。</source>
        <translation>The school&apos;s policy profile sets no subsidy multipliers, so the base counts as 100%; the profile can be changed in School settings.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/subsidy_rates_dialog.py" line="251"/>
        <source>已设定补助标准：%1 %2 %3 %4 元，自 %5 起执行。</source>
        <translation>Subsidy rate set: %1 %2 %3 %4 yuan, effective from %5.</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <location filename="../../after_school_desk/ui/supervision_model.py" line="18"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/supervision_model.py" line="19"/>
        <source>班主任</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/supervision_model.py" line="20"/>
        <source>看护老师</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/supervision_model.py" line="34"/>
        <source>未指定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/supervision_model.py" line="36"/>
        <source>%1（班主任）</source>
        <translation>%1 (head teacher)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="48"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="49"/>
        <location filename="../../after_school_desk/ui/sync_page.py" line="145"/>
        <source>学校主机</source>
        <translation>School hub</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="50"/>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="51"/>
        <source>节假日安排</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="52"/>
        <source>校历</source>
        <translation>School calendar</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="53"/>
        <source>服务时段</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="54"/>
        <source>年级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="55"/>
        <source>教职工信息</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="56"/>
        <source>班级信息</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="57"/>
        <source>学生信息</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="58"/>
        <source>接送人信息</source>
        <translation>Pickup adult</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="59"/>
        <source>用户账号</source>
        <translation>User account</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="60"/>
        <source>报名记录</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="61"/>
        <source>收费标准</source>
        <translation>Fee standards</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="62"/>
        <source>补助标准</source>
        <translation>Subsidy rates</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="63"/>
        <source>减免记录</source>
        <translation>Waiver</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="64"/>
        <source>应收记录</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="65"/>
        <source>收费记录</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="66"/>
        <source>退费记录</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="67"/>
        <source>收支台账记录</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="68"/>
        <source>监护人同意书</source>
        <translation>Guardian consent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="69"/>
        <source>学生离校记录</source>
        <translation>Pupil departure</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="70"/>
        <source>值班不便日</source>
        <translation>Duty unavailability</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="71"/>
        <source>值班表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="72"/>
        <source>月结快照</source>
        <translation>Month-close snapshot</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="73"/>
        <source>重新打开月份记录</source>
        <translation>Month reopening</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="123"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="127"/>
        <source>学校的几台电脑通过同一个同步文件夹（学校主机上的共享文件夹、同步工具的文件夹或U盘）交换记录，设好后每分钟自动同步一次。学生、班级、教职工、账号、收费、校历和值班表只能在学校主机上修改。</source>
        <translation>The school&apos;s PCs exchange their records through one sync folder (a shared folder on the school hub, a sync tool&apos;s folder or a USB stick); once it is set, they sync every minute. Pupils, classes, staff, accounts, fees, the calendar and the duty roster are changed on the school hub only.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="144"/>
        <location filename="../../after_school_desk/ui/sync_page.py" line="279"/>
        <source>本机</source>
        <translation>This PC</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="146"/>
        <source>同步文件夹</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="147"/>
        <source>本机还没写出的记录</source>
        <translation>Records not yet sent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="148"/>
        <source>最近一次同步</source>
        <translation>Latest sync</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="152"/>
        <source>例如：一年级(1)班电脑</source>
        <translation>e.g. Grade 1 Class 1 PC</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="153"/>
        <source>保存名称</source>
        <translation>Save name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="154"/>
        <source>选择同步文件夹…</source>
        <translation>Choose sync folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="155"/>
        <location filename="../../after_school_desk/ui/sync_page.py" line="458"/>
        <source>设为学校主机</source>
        <translation>Make school hub</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="159"/>
        <source>本机名称</source>
        <translation>This PC&apos;s name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="164"/>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="166"/>
        <source>导出同步包到U盘…</source>
        <translation>Export sync bundle to USB…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="167"/>
        <source>导入U盘同步包…</source>
        <translation>Import sync bundles from USB…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="196"/>
        <location filename="../../after_school_desk/ui/sync_page.py" line="356"/>
        <source>标为停用</source>
        <translation>Mark retired</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="197"/>
        <source>把学校主机换到这台电脑</source>
        <translation>Make this PC the school hub</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="201"/>
        <source>选中一台电脑：</source>
        <translation>The PC chosen:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="211"/>
        <source>各台电脑</source>
        <translation>PCs</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="215"/>
        <source>局域网自动同步（Syncthing）</source>
        <translation>LAN sync (Syncthing)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="277"/>
        <source>还没有设（学校只有一台电脑时不需要）</source>
        <translation>Not set (not needed while the school has one PC)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="281"/>
        <source>%1（学校基础信息请在那台电脑上修改）</source>
        <translation>%1 (change the school&apos;s basic records on that PC)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="283"/>
        <source>还没有设置</source>
        <translation>Not set yet</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="284"/>
        <source>%1 条</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="296"/>
        <source>%1 %2 的第 %3 个同步文件：%4 — %5</source>
        <translation>%1 %2, sync file %3: %4 — %5</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="304"/>
        <source>未采用的记录（%1）</source>
        <translation>Not taken (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="316"/>
        <source>%1 的第 %2 个同步文件：%3</source>
        <translation>%1, sync file %2: %3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="321"/>
        <source>暂不能收进（%1）</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="323"/>
        <source>本次打开程序后还没有同步</source>
        <translation>No sync since the program was opened</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="326"/>
        <source>自动</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="326"/>
        <source>手动</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="329"/>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="356"/>
        <source>恢复在用</source>
        <translation>Back in use</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="385"/>
        <source>正在自动同步，结束后马上开始…</source>
        <translation>The automatic sync is running; starting right after it…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="419"/>
        <source>选择同步文件夹</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="424"/>
        <source>正在设置同步文件夹…</source>
        <translation>Setting the sync folder…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="431"/>
        <source>同步文件夹已设好：%1。本机每分钟自动同步一次，也可以点“立即同步”。</source>
        <translation>Sync folder set: %1. This PC syncs every minute; you can also click Sync now.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="441"/>
        <location filename="../../after_school_desk/ui/sync_page.py" line="481"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="443"/>
        <source>本机名称已保存。</source>
        <translation>This PC&apos;s name is saved.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="450"/>
        <source>把本机（%1）设为学校主机吗？</source>
        <translation>Make this PC (%1) the school hub?</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="452"/>
        <source>学校主机是唯一可以修改学生、班级、教职工、账号、收费、校历、值班表和月结的电脑；其他电脑记录签到、交接和值班，修改学校基础信息会被拒绝。</source>
        <translation>The school hub is the only PC that may change pupils, classes, staff, accounts, fees, the calendar, the duty roster and month closes; the other PCs record sign-ins, hand-overs and duty, and their changes to the school&apos;s basic records are refused.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="455"/>
        <source>设好后，新电脑可以在首次设置时从同步文件夹加入本校。</source>
        <translation>After that, a new PC can join the school from the sync folder in its first-run set-up.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="465"/>
        <source>正在设为学校主机（写出供新电脑加入的数据副本）…</source>
        <translation>Making this PC the school hub (writing the copy new PCs join from)…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="467"/>
        <source>本机已是学校主机。</source>
        <translation>This PC is the school hub.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="476"/>
        <source>已标为停用：月结不再等这台电脑的同步记录。</source>
        <translation>Marked retired: the month close no longer waits for this PC’s records.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="478"/>
        <source>已恢复为在用。</source>
        <translation>Back in use.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="491"/>
        <source>把学校主机换到“%1”吗？换好后，学生、班级、教职工、账号、收费、校历、值班表和月结只能在那台电脑上修改，本机和其他电脑一样。</source>
        <translation>Make “%1” the school hub? Pupils, classes, staff, accounts, fees, the calendar, the duty roster and month closes will then be changed only on that PC; this PC becomes one like the others.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="494"/>
        <source>更换学校主机</source>
        <translation>Change the school hub</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="498"/>
        <source>正在更换学校主机…</source>
        <translation>Changing the school hub…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="501"/>
        <source>学校主机已换到“%1”。</source>
        <translation>The school hub is now “%1”.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="507"/>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="526"/>
        <source>选择U盘上保存同步包的文件夹</source>
        <translation>Choose the folder on the USB stick for the sync bundle</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="530"/>
        <source>导出同步包</source>
        <translation>Export sync bundle</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="532"/>
        <source>同步包里有学生的记录，用学校的备份口令加密，U盘丢了别人也打不开。另一台电脑导入时要输入同一个口令。</source>
        <translation>A sync bundle holds pupils&apos; records. It is encrypted with the school&apos;s backup passphrase, so a lost USB stick reveals nothing. The other PC needs the same passphrase to import it.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="540"/>
        <source>正在导出同步包…</source>
        <translation>Exporting the sync bundle…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="543"/>
        <source>已写出同步包 %1。把U盘带到另一台电脑，在“同步”页点“导入U盘同步包…”。</source>
        <translation>Sync bundle written: %1. Take the USB stick to the other PC and click Import sync bundles from USB… on its Sync page.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="549"/>
        <source>选择U盘上放同步包的文件夹</source>
        <translation>Choose the folder on the USB stick with the sync bundles</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="553"/>
        <source>导入同步包</source>
        <translation>Import sync bundles</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="554"/>
        <source>请输入学校的备份口令（导出同步包时用的那个）。</source>
        <translation>Enter the school&apos;s backup passphrase (the one used to export the bundles).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_page.py" line="560"/>
        <source>正在导入同步包…</source>
        <translation>Importing the sync bundles…</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="118"/>
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="120"/>
        <source>%1 分钟前</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="122"/>
        <source>%1 小时前</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="123"/>
        <source>%1 天前</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="134"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="141"/>
        <source>%1：还没有同步过</source>
        <translation>%1: never synced</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="142"/>
        <source>%1：最后同步 %2</source>
        <translation>%1: last sync %2</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="167"/>
        <source>%1 的第 %2 个同步文件暂不能收进：%3</source>
        <translation>%1, sync file %2 has to wait: %3</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="240"/>
        <source>读写同步文件夹或U盘时出错（%1）。请确认U盘已插好、共享文件夹连得上，并且这台电脑可以写入它。</source>
        <translation>Reading or writing the sync folder or USB stick failed (%1). Check that the USB stick is plugged in, the shared folder can be reached, and this PC may write to it.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/sync_auto.py" line="311"/>
        <source>自动同步出错，已暂停。请在“同步”页点“立即同步”再试。</source>
        <translation>The automatic sync failed and is paused. Click Sync now on the Sync page to try again.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="259"/>
        <source>添加学期</source>
        <translation>Add term</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="265"/>
        <source>留空则自动命名，如“2026-2027学年第二学期”</source>
        <translation>Leave empty to name it automatically</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="267"/>
        <source>开学日期</source>
        <translation>Term starts</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="268"/>
        <source>学期结束</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="269"/>
        <source>学期名称</source>
        <translation>Term name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="278"/>
        <source>已添加学期：%1。</source>
        <translation>Term added: %1.</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="107"/>
        <source>第一个学期与班级</source>
        <translation>First term and classes</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="108"/>
        <source>学期起止日期决定哪些天开展课后服务；节假日会自动标出。</source>
        <translation>The term dates decide the service days; holidays are marked automatically.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="110"/>
        <source>学期名称</source>
        <translation>Term name</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="111"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="112"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="113"/>
        <source>每个年级的班级数</source>
        <translation>Classes per grade</translation>
    </message>
</context>
<context>
    <name>UndoButton</name>
    <message>
        <location filename="../../after_school_desk/ui/undo_button.py" line="34"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/undo_button.py" line="74"/>
        <source>已撤销：%1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="238"/>
        <source>新增减免</source>
        <translation>Add waiver</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="249"/>
        <source>如 低保证号、残疾证号、审核材料</source>
        <translation>e.g. subsistence or disability certificate no., approval papers</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="251"/>
        <source>学生</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="252"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="253"/>
        <source>减免比例</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="254"/>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="255"/>
        <source>起始日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="257"/>
        <source>建档立卡学生按学籍标记自动免费，无需在此登记。</source>
        <translation>Pupils on the poverty register are free by their registry flag; no waiver needed here.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/money_dialogs.py" line="260"/>
        <source>本地政策未规定建档立卡学生自动免费：经学校审核后，在此按“建档立卡”登记减免。</source>
        <translation>Local policy does not make registered poor households free automatically: after the school&apos;s review, record the waiver here as &quot;registered poor household&quot;.</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="289"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="290"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="292"/>
        <source>星期%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>WindowsDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="334"/>
        <source>课后服务时间</source>
        <translation>After-school service times</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="339"/>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="339"/>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="340"/>
        <source>初中</source>
        <translation>Junior secondary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="340"/>
        <source>高中</source>
        <translation>Senior secondary</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="344"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="346"/>
        <source>一个学段没有自己的服务时间时，按全校的服务时间。</source>
        <translation>A stage without service times of its own follows the whole school&apos;s.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="352"/>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="355"/>
        <source>从这天起按下面的时间；这天以前的日子仍按原来的服务时间。</source>
        <translation>The times below hold from this day; the days before it keep the times they had.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="361"/>
        <source>平时作息</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="362"/>
        <source>夏季作息</source>
        <translation>Summer</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="363"/>
        <source>冬季作息</source>
        <translation>Winter</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="372"/>
        <source>勾选安排课后服务的星期几，并填写开始和结束时间。</source>
        <translation>Tick the weekdays with after-school service and fill in the start and end times.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="373"/>
        <source>按政策配置建议填入</source>
        <translation>Fill in from policy</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="383"/>
        <source>只勾选时间与平时不同的星期几；没有勾选的按平时作息。全部不勾选即不分季节。</source>
        <translation>Tick only the weekdays whose times differ from normal; unticked days follow the normal times. Tick none for no seasons.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="402"/>
        <source>夏季作息从</source>
        <translation>Summer times from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="404"/>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="406"/>
        <source>，其余日子为冬季作息</source>
        <translation>; winter times on other days</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="453"/>
        <source>建校起</source>
        <translation>Since set-up</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="455"/>
        <source>按全校的服务时间</source>
        <translation>As the whole school</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="463"/>
        <source>（现行）</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="463"/>
        <source>（待生效）</source>
        <translation> (to come)</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="467"/>
        <source>没有自己的服务时间，按全校的服务时间。</source>
        <translation>No service times of its own: it follows the whole school&apos;s.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="468"/>
        <source>服务时间的各个版本：</source>
        <translation>Versions of the service times:</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="493"/>
        <source>服务时间有误，未做任何改动，请看红字提示。</source>
        <translation>The service times have errors; nothing was changed. See the red notes.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="511"/>
        <source>课后服务时间已保存，从 %1 起生效。</source>
        <translation>Service times saved, in force from %1.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="514"/>
        <source>课后服务时间已保存。</source>
        <translation>Service times saved.</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="514"/>
        <source>服务时间没有改动。</source>
        <translation>Service times unchanged.</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="119"/>
        <source>每周服务时间</source>
        <translation>Weekly service times</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="120"/>
        <source>不开展课后服务的日子请取消勾选（例如小学周三下午不开展）。</source>
        <translation>Untick days without after-school service (e.g. Wednesday afternoon in primary schools).</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="122"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/setup_wizard.py" line="123"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="223"/>
        <source>退出课后服务</source>
        <translation>Withdraw from the service</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="226"/>
        <source>如：家长自行接送、转学</source>
        <translation>e.g. parents collect, moved school</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="227"/>
        <source>从哪天起不再参加</source>
        <translation>Leaving from</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/enrolment_dialogs.py" line="228"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>_SaveDialog</name>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="62"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../after_school_desk/ui/calendar_dialogs.py" line="66"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
