<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Acceptance</name>
    <message>
        <source>Put the item on the scale or enter its weight.</source>
        <translation>Положите отправление на весы или введите вес.</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Не удаётся прочитать файл настроек %1.</translation>
    </message>
    <message>
        <source>The configuration file %1 is malformed; fix it or move it away to start with defaults.</source>
        <translation>Файл настроек %1 повреждён: исправьте его или уберите, чтобы запуститься с настройками по умолчанию.</translation>
    </message>
    <message>
        <source>%1: office/utc_offset_min must be minutes between -720 and 840.</source>
        <translation>%1: office/utc_offset_min — число минут от -720 до 840.</translation>
    </message>
    <message>
        <source>%1: office/postcode must be 6 digits, not &quot;%2&quot;.</source>
        <translation>%1: office/postcode — 6 цифр, а не «%2».</translation>
    </message>
    <message>
        <source>%1: counter/id must not be empty.</source>
        <translation>%1: counter/id не может быть пустым.</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1.</source>
        <translation>Не удаётся записать файл настроек %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>Не удаётся прочитать файл базы данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostCounter database (it is not an SQLite file). It was left untouched; check the --db path or the configuration.</source>
        <translation>%1 — не база данных PostCounter (это не файл SQLite). Файл не изменён; проверьте путь --db или настройки.</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not PostCounter. It was left untouched.</source>
        <translation>%1 принадлежит другой программе, а не PostCounter. Файл не изменён.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>открытие базы данных</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not PostCounter. It was left untouched.</source>
        <translation>%1 — база SQLite другой программы, а не PostCounter. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PostCounter (schema %2; this program knows up to %3). Install the newer version. The file was left untouched.</source>
        <translation>%1 записан более новой версией PostCounter (схема %2; эта программа знает до %3). Установите новую версию. Файл не изменён.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Базы данных по пути %1 нет.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>opening the database %1</source>
        <translation>открытие базы данных %1</translation>
    </message>
    <message>
        <source>configuring the database</source>
        <translation>настройка базы данных</translation>
    </message>
    <message>
        <source>copying the database before the upgrade</source>
        <translation>копирование базы данных перед обновлением</translation>
    </message>
    <message>
        <source>No %1 identifiers are left for office %2. Ask the administrator to load a new range.</source>
        <translation>Для отделения %2 закончились идентификаторы %1. Попросите администратора загрузить новый диапазон.</translation>
    </message>
    <message>
        <source>Item %1 has already been accepted.</source>
        <translation>Отправление %1 уже принято.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not saved. Free disk space and try again.</source>
        <translation>Диск заполнен: %1 — не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>The database is busy (locked by another program): %1 was not saved. Try again.</source>
        <translation>База данных занята другой программой: %1 — не сохранено. Повторите.</translation>
    </message>
    <message>
        <source>The disk reported an I/O error: %1 was not saved. Call your administrator.</source>
        <translation>Ошибка ввода-вывода диска: %1 — не сохранено. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>%1 was refused by the database: %2</source>
        <translation>База данных отклонила операцию «%1»: %2</translation>
    </message>
    <message>
        <source>Database error during %1: %2</source>
        <translation>Ошибка базы данных (%1): %2</translation>
    </message>
</context>
<context>
    <name>DemoShift</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ItemIdentifier</name>
    <message>
        <source>No identifier was entered.</source>
        <translation>Идентификатор не введён.</translation>
    </message>
    <message>
        <source>An international identifier has 13 characters (AA123456789RU); this one has %1.</source>
        <translation>В международном идентификаторе 13 знаков (AA123456789RU), а здесь %1.</translation>
    </message>
    <message>
        <source>A domestic barcode has 14 digits; this one has %1.</source>
        <translation>Во внутреннем ШПИ 14 цифр, а здесь %1.</translation>
    </message>
    <message>
        <source>The barcode contains letters of another alphabet: switch the keyboard layout to English, or set up the scanner in USB/HID mode.</source>
        <translation>В штрихкоде буквы другого алфавита: переключите раскладку на английскую или настройте сканер в режим USB/HID.</translation>
    </message>
    <message>
        <source>An international identifier is two letters, nine digits and two letters (AA123456789RU).</source>
        <translation>Международный идентификатор — две буквы, девять цифр и две буквы (AA123456789RU).</translation>
    </message>
    <message>
        <source>A domestic barcode has digits only; this one has other characters.</source>
        <translation>Внутренний ШПИ состоит только из цифр, а здесь есть другие знаки.</translation>
    </message>
    <message>
        <source>This is neither a domestic barcode nor an international identifier.</source>
        <translation>Это не ШПИ и не международный идентификатор.</translation>
    </message>
    <message>
        <source>Wrong check digit: it should be %1. Check the number for a typo.</source>
        <translation>Неверная контрольная цифра: должна быть %1. Проверьте номер.</translation>
    </message>
    <message>
        <source>Service indicators starting with %1 are reserved and never issued.</source>
        <translation>Индикаторы услуги на %1 зарезервированы и не выдаются.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code.</source>
        <translation>«%1» — не код страны.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to be handled.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>An amount has at most two digits of kopecks.</source>
        <translation>В сумме не больше двух знаков копеек.</translation>
    </message>
    <message>
        <source>The amount has two decimal points.</source>
        <translation>В сумме два десятичных разделителя.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; in the amount.</source>
        <translation>Недопустимый символ «%1» в сумме.</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>Enter the weight.</source>
        <translation>Введите вес.</translation>
    </message>
    <message>
        <source>Grams are whole numbers; for kilograms add &quot;kg&quot;.</source>
        <translation>Граммы — целое число; для килограммов добавьте «кг».</translation>
    </message>
    <message>
        <source>The weight &quot;%1&quot; is not a number.</source>
        <translation>Вес «%1» — не число.</translation>
    </message>
    <message>
        <source>Weights are counted to the gram (3 decimals in kg).</source>
        <translation>Вес указывается с точностью до грамма (3 знака в кг).</translation>
    </message>
    <message>
        <source>The weight is out of range.</source>
        <translation>Вес вне допустимых пределов.</translation>
    </message>
    <message>
        <source>The weight must be more than 0 g.</source>
        <translation>Вес должен быть больше 0 г.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Post-office counter workstation</source>
        <translation>Рабочее место оператора почтового отделения</translation>
    </message>
    <message>
        <source>Simulated devices and the sample office.</source>
        <translation>Имитация устройств и учебное отделение.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>Файл настроек.</translation>
    </message>
    <message>
        <source>Output folder of the headless demo.</source>
        <translation>Папка для результатов демонстрации без экрана.</translation>
    </message>
    <message>
        <source>Print the start-up time and quit (benchmarks).</source>
        <translation>Вывести время запуска и выйти (замеры).</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit (documentation).</source>
        <translation>Сохранить снимок окна и выйти (документация).</translation>
    </message>
    <message>
        <source>Moscow 101000 (sample)</source>
        <translation>Москва 101000 (учебное)</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>имитация</translation>
    </message>
</context>
<context>
    <name>pc::app::AcceptanceScreen</name>
    <message>
        <source>Acceptance</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Scan or type the barcode</source>
        <translation>Отсканируйте или введите ШПИ</translation>
    </message>
    <message>
        <source>F2: new domestic barcode · F3: new international (S10) · Esc: clear</source>
        <translation>F2: новый ШПИ · F3: новый международный (S10) · Esc: очистить</translation>
    </message>
    <message>
        <source>grams, or kg with &quot;kg&quot; (1,5 kg)</source>
        <translation>граммы или кг с «кг» (1,5 кг)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Принять (Enter)</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;ШПИ:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Today&apos;s operations</source>
        <translation>Операции за сегодня</translation>
    </message>
    <message>
        <source>(new international identifier)</source>
        <translation>(новый международный идентификатор)</translation>
    </message>
    <message>
        <source>(new domestic barcode)</source>
        <translation>(новый ШПИ)</translation>
    </message>
    <message>
        <source>Scan the barcode, or press F2 for a new one.</source>
        <translation>Отсканируйте ШПИ или нажмите F2 для нового.</translation>
    </message>
    <message>
        <source>international</source>
        <translation>международное</translation>
    </message>
    <message>
        <source>domestic</source>
        <translation>внутреннее</translation>
    </message>
</context>
<context>
    <name>pc::app::MainWindow</name>
    <message>
        <source>PostCounter — %1 (demo, sample data)</source>
        <translation>PostCounter — %1 (демонстрация, учебные данные)</translation>
    </message>
    <message>
        <source>PostCounter — %1</source>
        <translation>PostCounter — %1</translation>
    </message>
    <message>
        <source>Office %1 %2</source>
        <translation>ОПС %1 %2</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>keyboard entry</source>
        <translation>ввод с клавиатуры</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>ручной ввод</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Принято %1</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Сканер: %1</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Весы: %1</translation>
    </message>
    <message>
        <source>Printers: %1</source>
        <translation>Принтеры: %1</translation>
    </message>
</context>
</TS>
