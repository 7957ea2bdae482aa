<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="95"/>
        <source>校长账户</source>
        <translation>Principal account</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="96"/>
        <source>第一个账户是校长，用它登录后再为老师们建立账户。</source>
        <translation>The first account is the principal&apos;s. Log in with it to create accounts for the teachers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="99"/>
        <source>登录名 *</source>
        <translation>Login *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="100"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="101"/>
        <source>PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="102"/>
        <source>再输一次 PIN *</source>
        <translation>PIN again *</translation>
    </message>
</context>
<context>
    <name>AdultsEditor</name>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="73"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="74"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="75"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="76"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="77"/>
        <source>可接送</source>
        <translation>May collect</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="87"/>
        <source>＋ 添加接送人</source>
        <translation>+ Add adult</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="109"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/adults_editor.py" line="113"/>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
</context>
<context>
    <name>AlertPanel</name>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="146"/>
        <source>记录联系…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="148"/>
        <source>消息放入发件箱</source>
        <translation>Queue messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="149"/>
        <source>导出发件箱…</source>
        <translation>Export outbox…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="184"/>
        <source>（已上报带班领导）</source>
        <translation> (escalated to the duty leader)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="186"/>
        <source>，已联系 %1 次未联系上</source>
        <translation>, %1 attempt(s) not reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="218"/>
        <source>没有未处理的提醒。</source>
        <translation>No open alerts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="225"/>
        <source>没有登记监护人电话。</source>
        <translation>No guardian phone on file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="250"/>
        <source>已记录：联系上 %1，提醒关闭。</source>
        <translation>Recorded: reached %1, alert closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="254"/>
        <source>已记录：未联系上 %1，提醒仍然开着。</source>
        <translation>Recorded: %1 not reached, the alert stays open.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="264"/>
        <source>发件箱新增 %1 条消息，可导出后用学校的消息平台发送。</source>
        <translation>%1 message(s) added to the outbox; export them for the school&apos;s messaging platform.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="271"/>
        <source>导出发件箱</source>
        <translation>Export outbox</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="271"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="277"/>
        <source>已导出 %1 条消息到 %2。</source>
        <translation>Exported %1 message(s) to %2.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="38"/>
        <source>课后服务台已经在这台电脑上打开了这个数据库（另一个窗口正在使用）。请切换到已经打开的那个窗口，不要同时打开两份。</source>
        <translation>After-School Desk already has this database open on this PC (another window is using it). Switch to that window; do not open two copies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="54"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="113"/>
        <source>数据库检查发现问题</source>
        <translation>The database check found problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="114"/>
        <source>启动检查发现数据库文件有损坏。请不要继续录入，先在“备份与恢复”中从最近的备份恢复，或联系县里的信息技术人员。</source>
        <translation>The start-up check found damage in the database file. Please stop entering data: first restore the newest backup under “Backup and restore”, or contact the county&apos;s IT staff.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="126"/>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="127"/>
        <source>今天的自动备份没有成功：</source>
        <translation>Today&apos;s automatic backup did not succeed:</translation>
    </message>
</context>
<context>
    <name>BackEntry</name>
    <message>
        <location filename="../../app/ui/back_entry.py" line="23"/>
        <source>补录纸质记录</source>
        <translation>Enter from the paper sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/back_entry.py" line="24"/>
        <source>停电后按纸质交接单补录：选日期和单上写的时间</source>
        <translation>After a power cut, enter the paper handover sheet: choose the day and the time written on it</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="44"/>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="46"/>
        <source>学校：%1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="47"/>
        <source>学生：%1 人，教职工：%2 人</source>
        <translation>Pupils: %1, staff: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="50"/>
        <source>最后修改：%1</source>
        <translation>Last change: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="51"/>
        <source>修改记录：%1 条</source>
        <translation>Change records: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="72"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="76"/>
        <source>备份到这台电脑</source>
        <translation>Back up on this PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="78"/>
        <source>程序每天第一次启动时自动备份一次。要做重要修改前，可以先手动备份。</source>
        <translation>The program makes a backup automatically at its first start each day. Before an important change you can also back up by hand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="82"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="90"/>
        <source>加密备份到U盘或其他文件夹</source>
        <translation>Encrypted backup to a USB stick or another folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="93"/>
        <source>备份文件用学校的备份口令加密，U盘丢了别人也打不开。口令请记在安全的地方：忘记口令就无法恢复。</source>
        <translation>The backup is encrypted with the school&apos;s backup passphrase, so nobody can open it if the USB stick is lost. Keep the passphrase somewhere safe: without it the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="100"/>
        <source>请选择U盘或文件夹</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="101"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="110"/>
        <source>加密备份</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="118"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="119"/>
        <location filename="../../app/ui/backup_dialog.py" line="139"/>
        <source>备份口令</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="114"/>
        <source>再输一遍</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="125"/>
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="128"/>
        <source>先查看备份里有什么，确认后再恢复。恢复前程序会先把现在的数据备份一份，万一选错了还能找回来。</source>
        <translation>First look at what the backup holds, then restore. Before restoring, the program backs up the current data, so a wrong choice can be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="135"/>
        <source>请选择备份文件（.sqlite 或加密的 .kfbak）</source>
        <translation>Choose a backup file (.sqlite or encrypted .kfbak)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="136"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="142"/>
        <source>加密备份才需要</source>
        <translation>Only for encrypted backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="144"/>
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="146"/>
        <source>查看备份内容</source>
        <translation>Show backup contents</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="148"/>
        <source>用这份备份恢复…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="170"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="194"/>
        <source>选择保存备份的U盘或文件夹</source>
        <translation>Choose the USB stick or folder for the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="201"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="203"/>
        <source>备份文件 (*.sqlite *.kfbak);;所有文件 (*)</source>
        <translation>Backup files (*.sqlite *.kfbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="267"/>
        <source>发生意外错误：</source>
        <translation>An unexpected error occurred: </translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="279"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="284"/>
        <source>两次输入的备份口令不一样，请重新输入。</source>
        <translation>The two passphrases differ. Please type them again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="294"/>
        <source>正在加密备份，请稍候…</source>
        <translation>Making the encrypted backup, please wait…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="302"/>
        <source>备份完成：</source>
        <translation>Backup done: </translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="317"/>
        <source>正在读取备份…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="323"/>
        <source>备份检查正常，内容见上方。确认无误后请点“用这份备份恢复…”。</source>
        <translation>The backup checks out; its contents are shown above. If they are right, press “Restore this backup…”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="330"/>
        <source>现在的数据会被这份备份替换：</source>
        <translation>The current data will be replaced by this backup:</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="333"/>
        <source>恢复前会先自动备份现在的数据。确定恢复吗？</source>
        <translation>The current data will be backed up first. Restore now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="336"/>
        <source>确认恢复</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="354"/>
        <source>正在恢复，请不要关闭程序…</source>
        <translation>Restoring, please do not close the program…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backup_dialog.py" line="361"/>
        <source>恢复完成。恢复前的数据已备份到：</source>
        <translation>Restore done. The data from before the restore was backed up to: </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/chart_widgets.py" line="77"/>
        <source>本月暂无数据</source>
        <translation>No data for this month yet</translation>
    </message>
</context>
<context>
    <name>ClassDayModel</name>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="27"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="28"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="29"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="30"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="31"/>
        <source>去向 / 原因</source>
        <translation>Left with / reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="32"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="40"/>
        <source>交给</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="44"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="47"/>
        <source>转入延时托管</source>
        <translation>To extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="58"/>
        <source>缺席未联系</source>
        <translation>Absent, not contacted</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="59"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../app/ui/class_day_model.py" line="68"/>
        <source>（迟到）</source>
        <translation> (late)</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="62"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="65"/>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="73"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="88"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="88"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="88"/>
        <source>情况说明</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="88"/>
        <source>违反的条款</source>
        <translation>Clause broken</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="104"/>
        <source>选中一条问题，这里显示条款原文和记录。</source>
        <translation>Select a problem to see the full clause and the record here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="147"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="157"/>
        <source>%1 依据《%2》检查了 %3 个服务日的记录：</source>
        <translation>%1, checked %3 service days against “%2”: </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="163"/>
        <source>发现 %1 处问题。</source>
        <translation>%1 problems found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="166"/>
        <source>本月未发现不符合政策配置的情况。</source>
        <translation>Nothing this month breaks the policy profile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="170"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="171"/>
        <source>%1 %2 处</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="205"/>
        <source>%1 的缺席提醒：在“签到”页选该班查看当天记录</source>
        <translation>absence alert of %1: pick the class on the Sign-in page to see that day</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="206"/>
        <source>%1 的带班领导值班记录：见“值班看板”</source>
        <translation>duty-leader record of %1: see the Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="207"/>
        <source>%1 该班的管理教师在岗记录：见“值班看板”</source>
        <translation>the class supervisor&apos;s record of %1: see the Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="210"/>
        <source>%1 该班当天的服务记录（未登记管理教师）</source>
        <translation>the class&apos;s service record of %1 (no supervisor entered)</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="211"/>
        <source>报名记录：见“学生名册”中该生的报名情况</source>
        <translation>enrolment record: see the pupil&apos;s enrolment in the Roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="212"/>
        <source>收费标准：用命令 fee list 查看</source>
        <translation>fee standard: see the command fee list</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="214"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="226"/>
        <source>日期：%1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="227"/>
        <source>情况：%1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="228"/>
        <source>记录：%1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="229"/>
        <source>记录编号：%1</source>
        <translation>Record id: %1</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <location filename="../../app/ui/consent_box.py" line="46"/>
        <source>监护人同意（个人信息保护法：未成年人信息须经监护人同意）</source>
        <translation>Guardian&apos;s consent (PIPL: a minor&apos;s information needs the guardian&apos;s consent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="53"/>
        <source>参加课后服务</source>
        <translation>Taking part in the service</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="53"/>
        <source>减免名单公示</source>
        <translation>Publication on the waiver list</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="57"/>
        <source>签署的监护人</source>
        <translation>Guardian who signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="58"/>
        <source>登记同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="59"/>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="69"/>
        <source>凭监护人签字的纸质同意书登记，登记或撤回后立即生效，不用再点“保存”。</source>
        <translation>Record it from the consent form the guardian signed. Recording or withdrawing takes effect at once; there is no need to press Save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="85"/>
        <source>已同意：%1 于 %2 签署</source>
        <translation>Consented: signed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="91"/>
        <source>已撤回（%1）</source>
        <translation>Withdrawn (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/consent_box.py" line="94"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="50"/>
        <source>记录联系 — %1</source>
        <translation>Record contact — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="59"/>
        <source>联系上了</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="60"/>
        <source>没联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="72"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="77"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="87"/>
        <source>联系了谁</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="88"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="89"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="90"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="91"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="101"/>
        <source>生病</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="101"/>
        <source>在家</source>
        <translation>At home</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="101"/>
        <source>家长已提前接走</source>
        <translation>Collected early</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="102"/>
        <location filename="../../app/ui/alert_panel.py" line="103"/>
        <source>原因不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="103"/>
        <source>家长在路上</source>
        <translation>Parent on the way</translation>
    </message>
    <message>
        <location filename="../../app/ui/alert_panel.py" line="103"/>
        <source>委托他人来接</source>
        <translation>Someone else will collect</translation>
    </message>
</context>
<context>
    <name>DayPages</name>
    <message>
        <location filename="../../app/ui/day_common.py" line="107"/>
        <source>您还不是任何班级的班主任。请校长在教职工设置里指定班主任后再使用本页。</source>
        <translation>You are not the head teacher of any class yet. Ask the principal to assign you a class in the staff settings.</translation>
    </message>
</context>
<context>
    <name>DutyBoardModel</name>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="30"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="31"/>
        <source>管理老师</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="32"/>
        <source>报名</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="33"/>
        <source>到校</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="34"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="35"/>
        <source>缺席未结</source>
        <translation>Absent open</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="36"/>
        <source>缺席已结</source>
        <translation>Absent closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="37"/>
        <source>已交接</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="38"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="39"/>
        <source>延时托管</source>
        <translation>Extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="40"/>
        <source>仍在校</source>
        <translation>Still here</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="41"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="42"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_model.py" line="57"/>
        <source>全校合计</source>
        <translation>School total</translation>
    </message>
</context>
<context>
    <name>DutyBoardPage</name>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="46"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="52"/>
        <source>确认到岗</source>
        <translation>Confirm on post</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="54"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="79"/>
        <source>全校</source>
        <translation>Whole school</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="83"/>
        <source>如：完成数学作业，书法社团活动</source>
        <translation>e.g. maths homework, calligraphy club</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="84"/>
        <source>记下</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="100"/>
        <source>还有未处理事项时，写明原因才能签结（如：家长电话停机，已请村委会协助）</source>
        <translation>With open items, write the reason to sign off (e.g. parent&apos;s phone cut off, village committee asked to help)</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="102"/>
        <source>签结今天</source>
        <translation>Sign off today</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="115"/>
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="116"/>
        <source>值班记录</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="117"/>
        <source>签结</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="177"/>
        <source>%1 更新，每 30 秒自动刷新</source>
        <translation>Updated %1, refreshes every 30 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="179"/>
        <source>未排班</source>
        <translation>not rostered</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="181"/>
        <source>已于 %1 签结</source>
        <translation>signed off at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="183"/>
        <source>%1 到岗</source>
        <translation>on post at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="185"/>
        <source>尚未确认到岗</source>
        <translation>not yet on post</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="187"/>
        <source>带班领导：%1 · %2</source>
        <translation>Duty leader: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="191"/>
        <source>提醒（%1）</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="201"/>
        <location filename="../../app/ui/duty_board_page.py" line="236"/>
        <source>今天已签结。</source>
        <translation>Today is signed off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="203"/>
        <source>原因：%1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="205"/>
        <source>还有 %1 项未处理，处理完毕或写明原因后才能签结：</source>
        <translation>%1 open item(s): resolve them, or write the reason, to sign off:</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="209"/>
        <source>每位学生都已有去向，提醒都已关闭，可以签结。</source>
        <translation>Every pupil is accounted for and all alerts are closed: ready to sign off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="212"/>
        <source>签结（%1）</source>
        <translation>Sign-off (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="219"/>
        <source>已确认到岗：%1。</source>
        <translation>On post at %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/duty_board_page.py" line="229"/>
        <source>值班记录已保存。</source>
        <translation>Duty log saved.</translation>
    </message>
</context>
<context>
    <name>FeeDialog</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="104"/>
        <source>设置收费标准</source>
        <translation>Set fee standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="105"/>
        <source>元，如 150 或 12.50</source>
        <translation>yuan, e.g. 150 or 12.50</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="109"/>
        <source>价格主管部门的审核文号</source>
        <translation>Price authority&apos;s approval document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="110"/>
        <source>YYYY-MM-DD，可不填</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="112"/>
        <source>实际参加不足半月的按半月收取</source>
        <translation>Charge half a month when attending less than half the month</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="113"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="114"/>
        <source>计费单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="115"/>
        <source>服务方式</source>
        <translation>Service mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="116"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="117"/>
        <source>批复文号</source>
        <translation>Approval doc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="118"/>
        <source>批复日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="119"/>
        <source>起用日期</source>
        <translation>Effective from</translation>
    </message>
</context>
<context>
    <name>FinanceModels</name>
    <message>
        <source>班级</source>
        <translation type="vanished">Class</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>学籍号</source>
        <translation type="vanished">Registry no.</translation>
    </message>
    <message>
        <source>服务</source>
        <translation type="vanished">Service</translation>
    </message>
    <message>
        <source>应收</source>
        <translation type="vanished">Charged</translation>
    </message>
    <message>
        <source>减免</source>
        <translation type="vanished">Waivers</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation type="vanished">Due</translation>
    </message>
    <message>
        <source>本月已缴</source>
        <translation type="vanished">Paid this month</translation>
    </message>
    <message>
        <source>账户结余</source>
        <translation type="vanished">Account balance</translation>
    </message>
    <message>
        <source>负数为尚未缴清，正数为多缴（可退）。</source>
        <translation type="vanished">Negative: still owed; positive: overpaid (refundable).</translation>
    </message>
    <message>
        <source>起用日期</source>
        <translation type="vanished">Effective from</translation>
    </message>
    <message>
        <source>服务方式</source>
        <translation type="vanished">Service mode</translation>
    </message>
    <message>
        <source>学段</source>
        <translation type="vanished">Stage</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="vanished">Amount (yuan)</translation>
    </message>
    <message>
        <source>计费单位</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>不足半月</source>
        <translation type="vanished">Half month</translation>
    </message>
    <message>
        <source>批复文号</source>
        <translation type="vanished">Approval doc.</translation>
    </message>
    <message>
        <source>批复日期</source>
        <translation type="vanished">Approval date</translation>
    </message>
    <message>
        <source>按半月收取</source>
        <translation type="vanished">half month</translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="vanished">Category</translation>
    </message>
    <message>
        <source>比例</source>
        <translation type="vanished">Percent</translation>
    </message>
    <message>
        <source>依据</source>
        <translation type="vanished">Evidence</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation type="vanished">Approved by</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation type="vanished">Approved on</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation type="vanished">Valid from</translation>
    </message>
    <message>
        <source>取消日期</source>
        <translation type="vanished">Revoked on</translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>收/支</source>
        <translation type="vanished">In/out</translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation type="vanished">Recorded by</translation>
    </message>
    <message>
        <source>支出</source>
        <translation type="vanished">Expense</translation>
    </message>
    <message>
        <source>收入</source>
        <translation type="vanished">Income</translation>
    </message>
    <message>
        <source>减免金额（元）</source>
        <translation type="vanished">Waived (yuan)</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../app/ui/finance_page.py" line="103"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="111"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="117"/>
        <source>收费标准</source>
        <translation>Fee standards</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="118"/>
        <source>本月收费</source>
        <translation>Charges this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="119"/>
        <location filename="../../app/ui/finance_page.py" line="230"/>
        <source>减免</source>
        <translation>Waivers</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="120"/>
        <location filename="../../app/ui/finance_page.py" line="232"/>
        <source>退费</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="121"/>
        <source>收支账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="122"/>
        <source>本月结余</source>
        <translation>Monthly balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="137"/>
        <source>设置收费标准</source>
        <translation>Set fee standard</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="139"/>
        <source>标准按起用日期生效，旧标准保留为历史；超过政策上限的标准不能保存。</source>
        <translation>A standard applies from its effective date; older ones are kept as history. A standard above the policy cap cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="150"/>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="154"/>
        <location filename="../../app/ui/finance_page.py" line="402"/>
        <source>生成本月账单</source>
        <translation>Bill this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="156"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="171"/>
        <source>新增减免</source>
        <translation>Add waiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="173"/>
        <source>取消所选减免</source>
        <translation>Revoke selected waiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="176"/>
        <source>建档立卡学生按学籍标记自动免费。新增或取消减免后，请重新生成本月账单。</source>
        <translation>Pupils on the poverty register are free by their registry flag. After adding or revoking a waiver, bill the month again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="184"/>
        <source>查看账户</source>
        <translation>Show account</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="186"/>
        <source>办理退费…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="190"/>
        <source>选择学生后查看其收费、缴费和退费。</source>
        <translation>Choose a pupil to see their charges, payments and refunds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="197"/>
        <source>多退少不补：只退多缴部分，退费不超过已缴未退的金额。</source>
        <translation>Overpayment is refunded, shortfalls are not billed: a refund never exceeds what was paid and not yet refunded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="214"/>
        <source>记一笔支出</source>
        <translation>Record expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="216"/>
        <location filename="../../app/ui/finance_page.py" line="233"/>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="229"/>
        <source>应收</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="231"/>
        <source>实收</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="234"/>
        <source>收入合计</source>
        <translation>Total income</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="235"/>
        <source>支出合计</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="236"/>
        <source>结余</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="248"/>
        <source>单位：元。收入合计 = 实收 − 退费 + 其他收入；结余 = 收入合计 − 支出合计。</source>
        <translation>In yuan. Total income = paid − refunded + other income; balance = total income − total expenses.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="320"/>
        <source>本月还没有账单。设置收费标准后点“生成本月账单”。</source>
        <translation>No charges for this month yet. Set a fee standard, then press &quot;Bill this month&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="327"/>
        <source>共 %1 人，应缴 %2 元，本月已缴 %3 元；尚未缴清 %4 人。</source>
        <translation>%1 pupils, %2 yuan due, %3 yuan paid this month; %4 not yet paid in full.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="340"/>
        <source>本月支出 %1 元，其他收入 %2 元（学费收入见“本月结余”）。</source>
        <translation>Expenses this month %1 yuan, other income %2 yuan (fee income: see &quot;Monthly balance&quot;).</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="354"/>
        <source>减免名单公示预览（%1 人，共 %2 元）</source>
        <translation>Public waiver list preview (%1 pupils, %2 yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="360"/>
        <source>公示只列班级、隐去中间字的姓名和金额；监护人未签署公示同意的 %1 人不列入。</source>
        <translation>The public list shows only class, masked name and amount; %1 pupils without the guardian&apos;s consent to publication are left out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="389"/>
        <source>已设定收费标准：%1，自 %2 起执行。</source>
        <translation>Fee standard set: %1, effective from %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="399"/>
        <source>正在生成 %1 的账单…</source>
        <translation>Billing %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="426"/>
        <source>%1：%2 人，应收 %3 元，减免 %4 元；新增 %5、更新 %6、未变 %7、删除 %8。</source>
        <translation>%1: %2 pupils, %3 yuan charged, %4 yuan waived; %5 new, %6 updated, %7 unchanged, %8 removed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="437"/>
        <source>没有适用收费标准、未计费的学生 %1 人。</source>
        <translation> %1 pupils not billed: no fee standard applies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="450"/>
        <source>请先在表中选中要收款的学生。</source>
        <translation>First select the pupil who pays in the table.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="465"/>
        <source>%1 缴费 %2 元已登记。</source>
        <translation>Payment of %2 yuan by %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="489"/>
        <source>%1：%2 减免 %3%，自 %4 起。请重新生成本月账单。</source>
        <translation>%1: %2 waiver of %3% from %4. Please bill the month again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="499"/>
        <source>请先在表中选中要取消的减免。</source>
        <translation>First select the waiver to revoke in the table.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="513"/>
        <source>已取消减免：%1，自 %2 起不再减免。</source>
        <translation>Waiver revoked: %1, no reduction from %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="521"/>
        <source>请先选择学生。</source>
        <translation>Choose a pupil first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="532"/>
        <source>收费：</source>
        <translation>Charges:</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="534"/>
        <location filename="../../app/ui/finance_page.py" line="537"/>
        <location filename="../../app/ui/finance_page.py" line="540"/>
        <source>  无</source>
        <translation>  none</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="535"/>
        <source>缴费：</source>
        <translation>Payments:</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="538"/>
        <source>退费：</source>
        <translation>Refunds:</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="561"/>
        <source>%1 退费 %2 元，审批人 %3。</source>
        <translation>Refunded %2 yuan to %1, approved by %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="576"/>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="576"/>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../app/ui/finance_page.py" line="578"/>
        <source>已登记%1：%2 %3 元（%4）。</source>
        <translation>%1 recorded: %2 %3 yuan (%4).</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../app/ui/handover_page.py" line="127"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="133"/>
        <source>扫接送卡（学籍号），或输入姓名 / 拼音首字母</source>
        <translation>Scan the pickup card (registry no.), or type a name / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="145"/>
        <source>点接走学生的人（请核对本人）：</source>
        <translation>Tap the adult collecting the pupil (check the face):</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="149"/>
        <source>自行离校</source>
        <translation>Left alone</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="150"/>
        <source>转入延时托管</source>
        <translation>To extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="151"/>
        <source>名单外的人…</source>
        <translation>Adult not on the list…</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="232"/>
        <source>⚠ 延迟接走 %1 人：请联系家长</source>
        <translation>⚠ %1 late pickup(s): contact the parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="234"/>
        <source>延迟接走提醒：无</source>
        <translation>Late pickups: none</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="244"/>
        <source>在校 %1 · 延时托管 %2 · 已离校 %3</source>
        <translation>Here %1 · extended care %2 · gone %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="247"/>
        <source>还没接走：%1 人</source>
        <translation>Not yet collected: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="266"/>
        <source>没有待交接的学生</source>
        <translation>No pupils waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="272"/>
        <source>（%1 起）</source>
        <translation> (since %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="274"/>
        <source> · 有自行离校同意书</source>
        <translation> · may leave alone (permission on file)</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="298"/>
        <source>“%1”：本班待交接的学生中没有找到唯一的一位，请多输入几个字或点选。</source>
        <translation>“%1”: no single waiting pupil of this class matches; type more or tap the pupil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="306"/>
        <source>%1 已不在校：%2</source>
        <translation>%1 is no longer here: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="311"/>
        <source>请核对来接 %1 的人，再点他的名字。</source>
        <translation>Check the adult collecting %1, then tap their name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="327"/>
        <source>%1 已交给 %2（%3），%t。</source>
        <translation>%1 handed to %2 (%3), %t.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="336"/>
        <source>%1 自行离校，%t。</source>
        <translation>%1 left alone, %t.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="344"/>
        <source>%1 转入延时托管，%t。</source>
        <translation>%1 moved to extended care, %t.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="354"/>
        <source>名单外的人不能由班主任放行：请今天的带班领导（或校长）来核实，由带班领导在本页点“名单外的人…”登记后放行。</source>
        <translation>A teacher cannot release a pupil to an adult not on the list: ask today&apos;s duty leader (or the principal) to check and record it with “Adult not on the list…” on this page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="366"/>
        <source>%1 已交给名单外的 %2（%3），已记录放行理由，%t。</source>
        <translation>%1 handed to %2 (%3), not on the list; reason recorded, %t.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="78"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="78"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="78"/>
        <source>电脑</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="78"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="78"/>
        <source>改动</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="84"/>
        <source>共 %1 条记录，最新的在最上面。记录只能追加，不能修改或删除。</source>
        <translation>%1 records, newest first. Records can only be added, never changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="102"/>
        <source>没有找到修改记录。</source>
        <translation>No changes found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="105"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="123"/>
        <source>修改记录：%1（%2）</source>
        <translation>History: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_dialog.py" line="134"/>
        <source>修改记录：%1</source>
        <translation>History: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="43"/>
        <source>导入学生名册</source>
        <translation>Import pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48"/>
        <source>支持全国学籍系统导出的名册和班主任自己做的班级名单（.xlsx、.xls、.csv）。先检查不会改动任何数据；导入时有一行出错，整个文件都不会导入。</source>
        <translation>Accepts exports of the national pupil registry and teachers&apos; own class lists (.xlsx, .xls, .csv). Checking changes nothing; if any row is wrong, nothing from the file is imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55"/>
        <source>请选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55"/>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>先检查（不导入）</source>
        <translation>Check only (no import)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="96"/>
        <source>选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="98"/>
        <source>名册文件 (*.xlsx *.xls *.csv);;所有文件 (*)</source>
        <translation>Roster files (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="123"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="137"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="147"/>
        <source>检查通过，尚未导入。确认无误后请点“导入”。</source>
        <translation>Check passed; nothing imported yet. Click “Import” when ready.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="149"/>
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="157"/>
        <source>文件有问题，没有导入任何数据：</source>
        <translation>The file has problems; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="160"/>
        <source>导入时发生意外错误，没有导入任何数据：</source>
        <translation>Unexpected error while importing; nothing was imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="166"/>
        <source>已取消，没有导入任何数据。</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="290"/>
        <source>记一笔支出</source>
        <translation>Record expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="290"/>
        <source>其他收入</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="293"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="297"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="298"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="299"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="300"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>锁定 — 请重新登录</source>
        <translation>Locked — log in again</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <location filename="../../app/ui/login_dialog.py" line="75"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="42"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="54"/>
        <location filename="../../app/ui/login_dialog.py" line="92"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <location filename="../../app/ui/login_dialog.py" line="94"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="66"/>
        <source>退格</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="81"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="83"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="115"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>课后服务台 — %1</source>
        <translation>After-School Desk — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>放学交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>值班看板</source>
        <translation>Duty board</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>本月概况</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>合规检查</source>
        <translation>Compliance check</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>班主任/管理老师</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>带班领导</source>
        <translation>Duty leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>命令行</source>
        <translation>Command line</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>课后服务台</source>
        <translation>After-School Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>%1（即将推出）</source>
        <translation>%1 (coming soon)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <source>当前账户暂时没有可以使用的页面。</source>
        <translation>This account has no pages to use yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208"/>
        <source>学校：%1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="218"/>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="219"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>今天的修改记录…</source>
        <translation>Today&apos;s changes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="237"/>
        <location filename="../../app/ui/main_window.py" line="286"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
        <source>自动锁定…</source>
        <translation>Automatic lock…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>界面语言已保存，下次启动程序时生效。</source>
        <translation>Language saved; it applies the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>确定</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../app/ui/month_picker.py" line="31"/>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../app/ui/handover_page.py" line="77"/>
        <source>名单外的人接走 — %1</source>
        <translation>Adult not on the list — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="83"/>
        <source>如：家长电话委托，已核实身份</source>
        <translation>e.g. asked by the parent by phone, identity checked</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="88"/>
        <source>名单上的接送人：%1。放行名单外的人须写明理由，记录会永久保存。</source>
        <translation>Adults on the list: %1. Releasing to anyone else needs a written reason, kept on record.</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="89"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="93"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="94"/>
        <source>与学生的关系</source>
        <translation>Relation to the pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="95"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="96"/>
        <source>放行理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="101"/>
        <source>放行并记录</source>
        <translation>Release and record</translation>
    </message>
    <message>
        <location filename="../../app/ui/handover_page.py" line="103"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/overview_page.py" line="67"/>
        <source>本月概况</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="70"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="80"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="88"/>
        <source>服务天数（已开展 / 计划）</source>
        <translation>Service days (held / planned)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="89"/>
        <source>参加学生</source>
        <translation>Pupils taking part</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="90"/>
        <source>出勤率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="91"/>
        <source>缺席跟进（已联系上 / 未关闭）</source>
        <translation>Absence follow-ups (guardian reached / still open)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="92"/>
        <source>跟进用时中位数</source>
        <translation>Median follow-up time</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="93"/>
        <location filename="../../app/ui/overview_page.py" line="192"/>
        <source>延迟接走</source>
        <translation>Late pickup</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="99"/>
        <source>每日参加人数</source>
        <translation>Pupils per day</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="100"/>
        <source>每日延迟接走</source>
        <translation>Late pickups per day</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="101"/>
        <source>各班出勤率（%）</source>
        <translation>Attendance rate by class (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="102"/>
        <source>缺席跟进用时（从提醒到联系上家长）</source>
        <translation>Absence follow-up time (from alert to reaching the guardian)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="144"/>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="153"/>
        <source>本月上课日 %1 天</source>
        <translation>%1 school days this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="155"/>
        <source>%1 人</source>
        <translation>%1 pupils</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="159"/>
        <source>实到 %1 / 应到 %2 人次</source>
        <translation>%1 present of %2 expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="165"/>
        <location filename="../../app/ui/overview_page.py" line="214"/>
        <source>缺席 %1 人次</source>
        <translation>%1 absences</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="169"/>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="172"/>
        <source>%1 人次</source>
        <translation>%1 pupil-days</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="173"/>
        <source>延时托管 %1 人次</source>
        <translation>Extended care: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="176"/>
        <source>统计截至 %1（本月尚未结束）</source>
        <translation>Counted up to %1 (the month is not over yet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="186"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="187"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="193"/>
        <source>延时托管</source>
        <translation>Extended care</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="202"/>
        <source>%1（%2 人）</source>
        <translation>%1 (%2 pupils)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_page.py" line="213"/>
        <source> 人次</source>
        <translation> pupil-days</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="148"/>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="150"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="157"/>
        <source>收据上的编号</source>
        <translation>Number on the receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="159"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="160"/>
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="161"/>
        <source>缴费方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="162"/>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="163"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="49"/>
        <source>新增学生</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="52"/>
        <source>编辑学生：%1</source>
        <translation>Edit pupil: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="56"/>
        <source>学生信息：%1</source>
        <translation>Pupil: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="65"/>
        <source>YYYY-MM-DD，例如 2018-03-04</source>
        <translation>YYYY-MM-DD, e.g. 2018-03-04</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="78"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="79"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="80"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="81"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="82"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="83"/>
        <source>学号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="88"/>
        <source>重点关注（优先保障）</source>
        <translation>Priority groups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="93"/>
        <source>监护人与接送人</source>
        <translation>Guardians and pickup adults</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="114"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="117"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="120"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pupil_dialog.py" line="125"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="194"/>
        <source>姓名或学籍号</source>
        <translation>Name or registry no.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="259"/>
        <source>退费</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="265"/>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="270"/>
        <source>如 中途退出，家长书面申请</source>
        <translation>e.g. withdrew mid-term, parent&apos;s written request</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="273"/>
        <source>退费金额（元）</source>
        <translation>Refund (yuan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="274"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="275"/>
        <source>退费日期</source>
        <translation>Refunded on</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports_page.py" line="79"/>
        <source>课后服务工作台账（PDF）</source>
        <translation>After-school service ledger (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="84"/>
        <source>直报数据参考表（XLSX/CSV）</source>
        <translation>Direct-report reference sheet (XLSX/CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="88"/>
        <source>带班领导值班表（PDF）</source>
        <translation>Duty leader roster (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="90"/>
        <source>收支公示及减免名单（PDF/XLSX）</source>
        <translation>Finance notice and waiver list (PDF/XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="95"/>
        <source>教职工补助表（PDF/XLSX）</source>
        <translation>Staff subsidy sheet (PDF/XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="99"/>
        <source>全校学生接送卡（PDF）</source>
        <translation>Pickup cards for the whole school (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="112"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="117"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="118"/>
        <location filename="../../app/ui/reports_page.py" line="136"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="120"/>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="121"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="122"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="159"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="170"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="170"/>
        <source>这个报表是表格文件，请保存后用表格软件打印。</source>
        <translation>This report is a spreadsheet. Save it and print it from a spreadsheet program.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="189"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="195"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="219"/>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="233"/>
        <source>没有打印。文件已保存：%1</source>
        <translation>Not printed. The file is saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="239"/>
        <source>已发送到打印机 %1。</source>
        <translation>Sent to the printer %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_page.py" line="254"/>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="246"/>
        <source>取消减免</source>
        <translation>Revoke waiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="249"/>
        <source>自此日起不再减免</source>
        <translation>No reduction from</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/roster_model.py" line="24"/>
        <source>学籍号</source>
        <translation>Registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="25"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="26"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="27"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="28"/>
        <source>监护人</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="29"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_model.py" line="30"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../app/ui/roster_page.py" line="47"/>
        <source>学生名册</source>
        <translation>Pupil roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="52"/>
        <source>搜索：姓名、拼音首字母（如 zs）、全拼或学籍号</source>
        <translation>Search: name, pinyin initials (e.g. zs), full pinyin or registry no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="56"/>
        <source>新增学生</source>
        <translation>Add pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="57"/>
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="58"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="59"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="87"/>
        <source>班级</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="118"/>
        <source>全部班级</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/roster_page.py" line="139"/>
        <source>%1 / %2 人</source>
        <translation>%1 / %2 pupils</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="50"/>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="51"/>
        <source>这些信息会印在台账和报表上，以后可以修改。</source>
        <translation>Printed on ledgers and reports; can be changed later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="53"/>
        <source>学校名称 *</source>
        <translation>School name *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="54"/>
        <source>学校标识码</source>
        <translation>School code</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="55"/>
        <source>所属县（区） *</source>
        <translation>County (district) *</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="56"/>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="59"/>
        <source>政策配置</source>
        <translation>Policy profile</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="26"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="30"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="34"/>
        <source>这台电脑无人操作超过设定时间后自动锁定，需要重新输入 PIN 才能继续使用。教室里多人共用的电脑建议设为 5 分钟。</source>
        <translation>When nobody has used this PC for the set time it locks itself; the PIN is needed to continue. For a classroom PC shared by many, 5 minutes is recommended.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>无操作自动锁定</source>
        <translation>Lock after no use for</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="43"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="45"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="127"/>
        <source>课后服务台 — 首次设置</source>
        <translation>After-School Desk — first-time setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="130"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="131"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="132"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="133"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="136"/>
        <source>例如：立岗镇中心小学</source>
        <translation>e.g. 立岗镇中心小学</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="138"/>
        <source>10位数字，可以以后再填</source>
        <translation>10 digits; may be filled in later</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="140"/>
        <source>例如：贺兰县</source>
        <translation>e.g. 贺兰县</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="144"/>
        <source>寄宿制学校</source>
        <translation>Boarding school</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="145"/>
        <source>乡村学校或教学点</source>
        <translation>Village school or teaching point</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="153"/>
        <source>留空则自动命名，如“2026-2027学年第一学期”</source>
        <translation>Leave empty to name it automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="164"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="165"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="187"/>
        <source>4–12 位数字</source>
        <translation>4–12 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="231"/>
        <source>请填写登录名。</source>
        <translation>Please enter a login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="233"/>
        <source>两次输入的 PIN 不一致。</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../app/ui/signin_page.py" line="50"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="56"/>
        <source>扫学生卡，或输入姓名 / 拼音首字母，回车签到</source>
        <translation>Scan the pupil card, or type a name / pinyin initials and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="57"/>
        <location filename="../../app/ui/signin_page.py" line="184"/>
        <source>全部到齐</source>
        <translation>All present</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="68"/>
        <source>到了</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="69"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="70"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="72"/>
        <source>原因（可不填）</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="79"/>
        <source>点“全部到齐”签到全班，再点没来的学生改为“缺席”或“请假”（先标记也可以）。</source>
        <translation>Tap All present to sign in the whole class, then tap each missing pupil and change them to Absent or Leave (marking them first also works).</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="98"/>
        <source>请假到</source>
        <translation>Leave until</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="112"/>
        <source>缺席提醒</source>
        <translation>Absence alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="175"/>
        <source>应到 %1 · 已到 %2 · 请假 %3 · 缺席 %4 · 未到 %5</source>
        <translation>Expected %1 · arrived %2 · leave %3 · absent %4 · not arrived %5</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="182"/>
        <source>全部到齐（其余 %1 人）</source>
        <translation>All present (other %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="190"/>
        <source>⚠ %1 名学生缺席，尚未联系上家长 — 点这里处理</source>
        <translation>⚠ %1 pupil(s) absent, parents not reached — tap here</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="200"/>
        <source>（先点选学生）</source>
        <translation>(tap a pupil first)</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="229"/>
        <source>已签到 %1 人。</source>
        <translation>Signed in %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="242"/>
        <source>%1 已签到（%2）。</source>
        <translation>%1 signed in (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="258"/>
        <source>有 %1 名学生符合“%2”，请再多输入几个字，或直接点选。</source>
        <translation>%1 pupils match “%2”; type more, or tap the pupil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="281"/>
        <source>%1 记为缺席，请联系家长。</source>
        <translation>%1 marked absent; please contact the parents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin_page.py" line="301"/>
        <source>%1 请假已登记（%2 个服务日）。</source>
        <translation>Leave recorded for %1 (%2 service day(s)).</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="67"/>
        <source>第一个学期与班级</source>
        <translation>First term and classes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="68"/>
        <source>学期起止日期决定哪些天开展课后服务；节假日会自动标出。</source>
        <translation>The term dates decide the service days; holidays are marked automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="70"/>
        <source>学期名称</source>
        <translation>Term name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="71"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="72"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="73"/>
        <source>每个年级的班级数</source>
        <translation>Classes per grade</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="214"/>
        <source>新增减免</source>
        <translation>Add waiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="222"/>
        <source>如 低保证号、残疾证号、审核材料</source>
        <translation>e.g. subsistence or disability certificate no., approval papers</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="224"/>
        <source>学生</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="225"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="226"/>
        <source>减免比例</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="227"/>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="228"/>
        <source>起始日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../app/ui/money_dialogs.py" line="229"/>
        <source>建档立卡学生按学籍标记自动免费，无需在此登记。</source>
        <translation>Pupils on the poverty register are free by their registry flag; no waiver needed here.</translation>
    </message>
</context>
<context>
    <name>WindowsPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="79"/>
        <source>每周服务时间</source>
        <translation>Weekly service times</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="80"/>
        <source>不开展课后服务的日子请取消勾选（例如小学周三下午不开展）。</source>
        <translation>Untick days without after-school service (e.g. Wednesday afternoon in primary schools).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="82"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="83"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
</context>
</TS>
