"""One person in the romanization systems that news and NGO lists use (issue 14, "Names").

Each row is a watchlist spelling, the spelling an article gives, and whether the article's
name is the listed person: a systematic round over the systems, class by class.

- Russian, Belarusian, Ukrainian and Kazakh Cyrillic: BGN/PCGN against scholarly (č, š,
  ž), French (Tch, Ch, J, Ou) and German (Tsch, Sch, W, -ow) spellings; -iy/-y/-ii/-ij,
  -ov/-off/-ow, Ye/E/Je/Ie, Yu/Iu/Ju/Iou, Ya/Ia/Ja; the Belarusian and Ukrainian forms
  of a Russian name (Aliaksandr / Aleksandr, Mykhailo / Mikhail, -ouski / -ovsky); Kazakh
  Q/K, Gh/G and the -uly that Russian writes -ov.
- Arabic: Mohammed / Muhammad / Mohamed / Mehmet; al- / el- / Al / none / glued; Abdul /
  Abd al- / Abdel / Abdur; ou / u / w; q / k / g; kh / h; Egyptian g for j; ei / ay;
  doubled letters; -a / -ah / -eh.
- Persian: Hossein / Hosein / Husayn; Mohammadreza / Mohammad-Reza / Mohammad Reza;
  -i / -ee / -y; Gh / Q; zh / j.
- Chinese: pinyin against Wade-Giles (Zh / Ch, X / Hs, Q / Ch'), given names hyphenated
  or joined, surname first or last; a Cantonese name with an English given name.
- Vietnamese with and without diacritics, without the middle name, in Western order;
  Turkish ş, ç, ğ, ı; Azerbaijani ə written a, e or ä, and the Russian form of it.

Against each, the names that are someone else: another given name beside the surname, a
relative (the feminine form beside another given name), a close but other name (Ali /
Alia, Yusuf / Yunus, Muhammad / Mahmoud, Jamal / Kamal, Zhou Xiaoqing / Zhou Xiaoming).

Made-up people, own sentences. Every row's expectation was written and committed before
the module was first run. First run: 167 of the 215 rows right. Of the 62 someone-else rows,
6 were read as the person: Khusainov for Khasanov and Jamil for Jamal (a, i and u read as
one vowel), Jabbari for Jafari and Zhou Xiaoming for Zhou Xiaoqing (a consonant of another
syllable read as a typo), Trinh Van Hai for Trịnh Văn Khải (kh read as h) and Pham Thi Lan
for Pham Thi Lan Anh. Of the 153 rows of the person, 42 missed: 18 Cyrillic (German and
Czech spellings, -off, French Gu, Belarusian forms and Łacinka, scholarly j, -uly / -ev),
15 Arabic (Abd al- and Abdur, French ch, c and ou, Egyptian g, -a / -ah / -eh, Mehmet), 7
Chinese (Wade-Giles, an English name before a listed Cantonese name) and 2 others
(Vietnamese in Western order, Azerbaijani final e). What is still missed is in
``NOT_YET``, each with its reason.
"""

from __future__ import annotations

import pytest

from tests.core.reading import listed_in, named_params

LEAD = "Officers came for "
TAIL = " before dawn on Tuesday, and the family learned of it from neighbours."


def found(listed: str, spelled: str) -> bool:
    """Whether an article naming ``spelled`` mentions the person listed as ``listed``."""
    return listed_in(listed, LEAD + spelled + TAIL)


# (row name, the watchlist's spelling, the article's, whether it is the listed person)
Row = tuple[str, str, str, bool]

RUSSIAN: list[Row] = [
    ("bgn-iy-given", "Arkady Chernyshov", "Arkadiy Chernyshov", True),
    ("icao-ii-given", "Arkady Chernyshov", "Arkadii Chernyshov", True),
    ("scholarly-hacheks", "Arkady Chernyshov", "Arkadij Černyšov", True),
    ("french-tch-ch", "Arkady Chernyshov", "Arkadi Tchernychov", True),
    ("german-tsch-sch-ow", "Arkady Chernyshov", "Arkadi Tschernyschow", True),
    ("off-ending", "Arkady Chernyshov", "Arkady Chernyshoff", True),
    ("yo-as-e", "Vadim Zhuravlyov", "Vadim Zhuravlev", True),
    ("yo-as-io", "Vadim Zhuravlyov", "Vadim Zhuravliov", True),
    ("french-j-ou", "Vadim Zhuravlyov", "Vadim Jouravlev", True),
    ("german-w-sch-jow", "Vadim Zhuravlyov", "Wadim Schurawljow", True),
    ("scholarly-z-hachek-yo", "Vadim Zhuravlyov", "Vadim Žuravlëv", True),
    ("kh-as-h", "Timur Khasanov", "Timur Hasanov", True),
    ("french-ou-doubled-s", "Timur Khasanov", "Timour Khassanov", True),
    ("german-ch-for-kh", "Timur Khasanov", "Timur Chasanow", True),
    ("yu-as-iu", "Lyudmila Kryuchkova", "Liudmila Kriuchkova", True),
    ("german-ju-tsch-owa", "Lyudmila Kryuchkova", "Ljudmila Krjutschkowa", True),
    ("french-iou-tch", "Lyudmila Kryuchkova", "Lioudmila Krioutchkova", True),
    ("yu-as-u", "Lyudmila Kryuchkova", "Ludmila Kryuchkova", True),
    ("ya-as-ia", "Yaroslav Pyatakov", "Iaroslav Piatakov", True),
    ("german-ja-w-ow", "Yaroslav Pyatakov", "Jaroslaw Pjatakow", True),
    ("czech-ja", "Yaroslav Pyatakov", "Jaroslav Pjatakov", True),
    ("ia-and-off", "Yaroslav Pyatakov", "Yaroslav Piatakoff", True),
    ("iy-endings", "Gennady Zolotnitsky", "Gennadiy Zolotnitskiy", True),
    ("ii-endings", "Gennady Zolotnitsky", "Gennadii Zolotnitskii", True),
    ("german-z-for-ts-ij", "Gennady Zolotnitsky", "Gennadij Zolotnizkij", True),
    ("french-gu-i", "Gennady Zolotnitsky", "Guennadi Zolotnitski", True),
    ("off-for-ov", "Rustam Bekmuratov", "Rustam Bekmuratoff", True),
    ("french-ou-for-u", "Rustam Bekmuratov", "Rustam Bekmouratov", True),
    ("ow-for-ov", "Rustam Bekmuratov", "Rustam Bekmuratow", True),
    ("ye-as-e", "Yevdokia Yefremova", "Evdokia Efremova", True),
    ("ye-as-je-german", "Yevdokia Yefremova", "Jewdokija Jefremowa", True),
    ("ye-as-ie", "Yevdokia Yefremova", "Ievdokiia Iefremova", True),
    ("iya-ending", "Yevdokia Yefremova", "Yevdokiya Yefremova", True),
    ("belarusian-ia", "Alyaksandr Kastsyukevich", "Aliaksandr Kastsiukevich", True),
    ("english-given", "Alyaksandr Kastsyukevich", "Alexander Kastsyukevich", True),
    ("russian-form", "Alyaksandr Kastsyukevich", "Aleksandr Kostyukevich", True),
    ("lacinka", "Alyaksandr Kastsyukevich", "Aliaksandr Kasciukievič", True),
    ("russian-ovsky", "Siarhei Drazdouski", "Sergei Drozdovsky", True),
    ("russian-ovskiy", "Siarhei Drazdouski", "Sergey Drozdovskiy", True),
    ("lacinka-u-breve", "Siarhei Drazdouski", "Siarhiej Drazdoŭski", True),
    ("ukrainian-russian-form", "Mykhailo Hrytsenko", "Mikhail Gritsenko", True),
    ("ukrainian-ay", "Mykhailo Hrytsenko", "Mykhaylo Hrytsenko", True),
    ("ukrainian-scholarly-j", "Mykhailo Hrytsenko", "Mykhajlo Hrytsenko", True),
    ("ukrainian-yevgeny", "Yevhenii Kovalchuk", "Yevgeny Kovalchuk", True),
    ("ukrainian-short-evhen", "Yevhenii Kovalchuk", "Evhen Kovalchuk", True),
    ("ukrainian-soft-sign", "Yevhenii Kovalchuk", "Ievgen Koval'chuk", True),
    ("german-tsch-w", "Yevhenii Kovalchuk", "Yevhen Kowaltschuk", True),
    ("kazakh-q-as-k", "Serik Qydyrbaiuly", "Serik Kydyrbaiuly", True),
    ("kazakh-ai-as-ay", "Serik Qydyrbaiuly", "Serik Kydyrbayuly", True),
    ("kazakh-uly-as-ev", "Serik Qydyrbaiuly", "Serik Kydyrbayev", True),
    ("kazakh-gh-q", "Ghalymzhan Baqytov", "Galymzhan Bakytov", True),
    ("kazakh-j-kh", "Ghalymzhan Baqytov", "Galymjan Bakhytov", True),
    ("kazakh-y-as-i", "Ghalymzhan Baqytov", "Galimzhan Bakytov", True),
    ("kazakh-ay-ye", "Aigerim Tursynbaeva", "Aigerim Tursynbayeva", True),
    ("kazakh-y-i", "Aigerim Tursynbaeva", "Aygerim Tursinbaeva", True),
]

RUSSIAN_SOMEONE_ELSE: list[Row] = [
    ("another-given-same-surname", "Arkady Chernyshov", "Oleg Chernyshov", False),
    ("wife-feminine-form", "Arkady Chernyshov", "Marina Chernyshova", False),
    ("shorter-surname", "Arkady Chernyshov", "Arkady Chernov", False),
    ("other-surname-same-stem", "Vadim Zhuravlyov", "Vadim Zhuravin", False),
    ("khusainov-is-not-khasanov", "Timur Khasanov", "Timur Khusainov", False),
    ("other-given-khasanov", "Timur Khasanov", "Rustam Khasanov", False),
    ("kryukova-is-not-kryuchkova", "Lyudmila Kryuchkova", "Lyudmila Kryukova", False),
    ("daughter-yaroslava", "Yaroslav Pyatakov", "Yaroslava Pyatakova", False),
    ("stanislav-is-not-yaroslav", "Yaroslav Pyatakov", "Stanislav Pyatakov", False),
    ("zolotarev-is-not-zolotnitsky", "Gennady Zolotnitsky", "Gennady Zolotarev", False),
    ("bekmurzaev-is-not-bekmuratov", "Rustam Bekmuratov", "Rustam Bekmurzaev", False),
    ("yevgenia-is-not-yevdokia", "Yevdokia Yefremova", "Yevgenia Yefremova", False),
    ("sister-alyaksandra", "Alyaksandr Kastsyukevich", "Alyaksandra Kastsyukevich", False),
    ("aleksei-is-not-alyaksandr", "Alyaksandr Kastsyukevich", "Aleksei Kostyukevich", False),
    ("drozdov-is-not-drazdouski", "Siarhei Drazdouski", "Sergei Drozdov", False),
    ("mykola-is-not-mykhailo", "Mykhailo Hrytsenko", "Mykola Hrytsenko", False),
    ("hrytsak-is-not-hrytsenko", "Mykhailo Hrytsenko", "Mykhailo Hrytsak", False),
    ("kovalenko-is-not-kovalchuk", "Yevhenii Kovalchuk", "Yevhen Kovalenko", False),
    ("marat-is-not-serik", "Serik Qydyrbaiuly", "Marat Qydyrbaiuly", False),
    ("kydyrbekov-is-not-kydyrbaiuly", "Serik Qydyrbaiuly", "Serik Kydyrbekov", False),
    ("bakirov-is-not-bakytov", "Ghalymzhan Baqytov", "Galymzhan Bakirov", False),
]

ARABIC: list[Row] = [
    ("mohammed-al", "Muhammad al-Qaddumi", "Mohammed al-Qaddumi", True),
    ("mohamed-el-k-ou", "Muhammad al-Qaddumi", "Mohamed El Kaddoumi", True),
    ("mohamad-no-article", "Muhammad al-Qaddumi", "Mohamad Qaddoumi", True),
    ("muhammed-al-apart", "Muhammad al-Qaddumi", "Muhammed al Qaddumi", True),
    ("mohammad-capital-al", "Muhammad al-Qaddumi", "Mohammad Al-Qaddoumi", True),
    ("mehmed", "Mehmet Karaduman", "Mehmed Karaduman", True),
    ("muhammed-for-mehmet", "Mehmet Karaduman", "Muhammed Karaduman", True),
    ("abd-al", "Abdulrahman Shuqair", "Abd al-Rahman Shuqair", True),
    ("french-abdel-ch-k", "Abdulrahman Shuqair", "Abdel Rahman Choukair", True),
    ("sun-letter-abdur", "Abdulrahman Shuqair", "Abdurrahman Shukair", True),
    ("abd-ar-ay", "Abdulrahman Shuqair", "Abd ar-Rahman Shuqayr", True),
    ("abdelrahman-ei", "Abdulrahman Shuqair", "Abdelrahman Shoukeir", True),
    ("french-ou-for-w", "Walid Daoudi", "Oualid Daoudi", True),
    ("ee-oo-w", "Walid Daoudi", "Waleed Dawoodi", True),
    ("u-w", "Walid Daoudi", "Walid Dawudi", True),
    ("y-ending", "Walid Daoudi", "Walid Daoudy", True),
    ("egyptian-g-el", "Jamal al-Najjar", "Gamal el-Naggar", True),
    ("egyptian-g-no-article", "Jamal al-Najjar", "Gamal Naggar", True),
    ("no-article", "Jamal al-Najjar", "Jamal Najjar", True),
    ("algerian-dj", "Jamal al-Najjar", "Djamel Nadjar", True),
    ("al-apart-single-j", "Jamal al-Najjar", "Jamal Al Najar", True),
    ("q-as-k-e", "Qasim Haddad", "Kassem Haddad", True),
    ("gulf-g", "Qasim Haddad", "Gasim Haddad", True),
    ("doubled-s-single-d", "Qasim Haddad", "Qassim Hadad", True),
    ("maghreb-c", "Qasim Haddad", "Kacem Haddad", True),
    ("ei-for-ay", "Zayd al-Shaybani", "Zeid al-Sheibani", True),
    ("ai-no-article", "Zayd al-Shaybani", "Zaid Shaibani", True),
    ("french-ey-ch", "Zayd al-Shaybani", "Zeyd el-Cheybani", True),
    ("kh-u", "Khaldoun Salman", "Khaldun Salman", True),
    ("turkish-h-for-kh", "Khaldoun Salman", "Haldun Salman", True),
    ("kh-oo", "Khaldoun Salman", "Khaldoon Salman", True),
    ("hasan-single-k", "Hassan Zakkour", "Hasan Zakour", True),
    ("single-k", "Hassan Zakkour", "Hassan Zakour", True),
    ("lebanese-cc", "Hassan Zakkour", "Hasan Zaccour", True),
    ("french-aicha-o", "Aisha Jumaa", "Aicha Jomaa", True),
    ("ah-ending", "Aisha Jumaa", "Aishah Jumah", True),
    ("y-single-a", "Aisha Jumaa", "Aysha Juma", True),
    ("french-dj-ou-diaeresis", "Aisha Jumaa", "Aïcha Djoumaa", True),
    ("capital-al-apart", "Nasser al-Dhufairi", "Nasser Al Dhufairi", True),
    ("el-hyphen", "Nasser al-Dhufairi", "Nasser El-Dhufairi", True),
    ("al-glued", "Nasser al-Dhufairi", "Nasser Aldhufairi", True),
    ("nasir-no-article", "Nasser al-Dhufairi", "Nasir Dhufairi", True),
    ("hussain", "Husein Talhouni", "Hussain Talhouni", True),
    ("hussein-u", "Husein Talhouni", "Hussein Talhuni", True),
    ("husayn", "Husein Talhouni", "Husayn Talhouni", True),
    ("persian-hossein", "Husein Talhouni", "Hossein Talhouni", True),
    ("egyptian-aly", "Ali Haddadin", "Aly Haddadin", True),
    ("youssef-a-ending", "Yusuf Barakeh", "Youssef Baraka", True),
    ("yusef-ah-ending", "Yusuf Barakeh", "Yusef Barakah", True),
]

ARABIC_SOMEONE_ELSE: list[Row] = [
    ("mahmoud-is-not-muhammad", "Muhammad al-Qaddumi", "Mahmoud al-Qaddumi", False),
    ("ahmad-is-not-muhammad", "Muhammad al-Qaddumi", "Ahmad al-Qaddumi", False),
    ("abdulrahim-is-not-abdulrahman", "Abdulrahman Shuqair", "Abdulrahim Shuqair", False),
    ("abdulaziz-is-not-abdulrahman", "Abdulrahman Shuqair", "Abdulaziz Shuqair", False),
    ("khalid-is-not-walid", "Walid Daoudi", "Khalid Daoudi", False),
    ("kamal-is-not-jamal", "Jamal al-Najjar", "Kamal al-Najjar", False),
    ("jamil-is-not-jamal", "Jamal al-Najjar", "Jamil al-Najjar", False),
    ("hashim-is-not-qasim", "Qasim Haddad", "Hashim Haddad", False),
    ("qais-is-not-qasim", "Qasim Haddad", "Qais Haddad", False),
    ("ziad-is-not-zayd", "Zayd al-Shaybani", "Ziad al-Shaybani", False),
    ("khaled-is-not-khaldoun", "Khaldoun Salman", "Khaled Salman", False),
    ("hussein-is-not-hassan", "Hassan Zakkour", "Hussein Zakkour", False),
    ("asma-is-not-aisha", "Aisha Jumaa", "Asma Jumaa", False),
    ("munir-is-not-nasser", "Nasser al-Dhufairi", "Munir al-Dhufairi", False),
    ("hassan-is-not-husein", "Husein Talhouni", "Hassan Talhouni", False),
    ("husni-is-not-husein", "Husein Talhouni", "Husni Talhouni", False),
    ("alia-is-not-ali", "Ali Haddadin", "Alia Haddadin", False),
    ("yunus-is-not-yusuf", "Yusuf Barakeh", "Yunus Barakeh", False),
    ("barakat-is-not-barakeh", "Yusuf Barakeh", "Yusuf Barakat", False),
]

PERSIAN: list[Row] = [
    ("hosein-single-s", "Hossein Ghaffarzadeh", "Hosein Ghaffarzadeh", True),
    ("persian-husayn", "Hossein Ghaffarzadeh", "Husayn Ghaffarzadeh", True),
    ("q-for-gh", "Hossein Ghaffarzadeh", "Hossein Qaffarzadeh", True),
    ("e-for-eh-single-f", "Hossein Ghaffarzadeh", "Hossein Ghafarzade", True),
    ("arabic-hussein", "Hossein Ghaffarzadeh", "Hussein Ghaffarzadeh", True),
    ("hyphenated-given", "Mohammadreza Kianinejad", "Mohammad-Reza Kianinejad", True),
    (
        "spaced-given-hyphenated-surname",
        "Mohammadreza Kianinejad",
        "Mohammad Reza Kiani-Nejad",
        True,
    ),
    ("single-m-zh", "Mohammadreza Kianinejad", "Mohamadreza Kianinezhad", True),
    ("muhammad-reza", "Mohammadreza Kianinejad", "Muhammad Reza Kianinejad", True),
    ("spaced-surname", "Mohammadreza Kianinejad", "Mohammadreza Kiani Nejad", True),
    ("u-y", "Behrouz Jafari", "Behruz Jafary", True),
    ("oo-ee", "Behrouz Jafari", "Behrooz Jafaree", True),
    ("french-dj", "Behrouz Jafari", "Behrouz Djafari", True),
    ("ayn-apostrophe", "Behrouz Jafari", "Behrouz Ja'fari", True),
    ("ayn-aa", "Behrouz Jafari", "Behrooz Jaafari", True),
    ("q-for-gh-surname", "Golnaz Ghorbanian", "Golnaz Qorbanian", True),
    ("iyan", "Golnaz Ghorbanian", "Golnaz Ghorbaniyan", True),
    ("g-for-gh", "Golnaz Ghorbanian", "Golnaz Gorbanian", True),
]

PERSIAN_SOMEONE_ELSE: list[Row] = [
    ("hassan-is-not-hossein", "Hossein Ghaffarzadeh", "Hassan Ghaffarzadeh", False),
    ("ghaffari-is-not-ghaffarzadeh", "Hossein Ghaffarzadeh", "Hossein Ghaffari", False),
    ("alireza-is-not-mohammadreza", "Mohammadreza Kianinejad", "Alireza Kianinejad", False),
    ("hamidreza-is-not-mohammadreza", "Mohammadreza Kianinejad", "Hamidreza Kianinejad", False),
    ("behzad-is-not-behrouz", "Behrouz Jafari", "Behzad Jafari", False),
    ("jabbari-is-not-jafari", "Behrouz Jafari", "Behrouz Jabbari", False),
    ("golnar-is-not-golnaz", "Golnaz Ghorbanian", "Golnar Ghorbanian", False),
]

CHINESE: list[Row] = [
    ("wade-giles-aspirate", "Zhou Xiaoqing", "Chou Hsiao-ch'ing", True),
    ("wade-giles-no-apostrophe", "Zhou Xiaoqing", "Chou Hsiao-ching", True),
    ("pinyin-hyphenated", "Zhou Xiaoqing", "Zhou Xiao-qing", True),
    ("western-order", "Zhou Xiaoqing", "Xiaoqing Zhou", True),
    ("wade-giles-western-order", "Zhou Xiaoqing", "Hsiao-ching Chou", True),
    ("wade-giles-q-zh", "Qian Zhiyuan", "Ch'ien Chih-yuan", True),
    ("wade-giles-no-apostrophes", "Qian Zhiyuan", "Chien Chih-yuan", True),
    ("pinyin-western-order", "Qian Zhiyuan", "Zhiyuan Qian", True),
    ("wade-giles-x-d-ong", "Xie Weidong", "Hsieh Wei-tung", True),
    ("pinyin-hyphen-xie", "Xie Weidong", "Xie Wei-dong", True),
    ("cantonese-without-english-name", "Kelvin Ho Ka-wai", "Ho Ka-wai", True),
    ("english-name-and-surname", "Kelvin Ho Ka-wai", "Kelvin Ho", True),
    ("cantonese-joined", "Kelvin Ho Ka-wai", "Ho Kawai", True),
    ("cantonese-with-english-name-listed-without", "Ho Ka-wai", "Kelvin Ho Ka-wai", True),
]

CHINESE_SOMEONE_ELSE: list[Row] = [
    ("xiaoming-is-not-xiaoqing", "Zhou Xiaoqing", "Zhou Xiaoming", False),
    ("zhao-is-not-zhou", "Zhou Xiaoqing", "Zhao Xiaoqing", False),
    ("zhiyong-is-not-zhiyuan", "Qian Zhiyuan", "Qian Zhiyong", False),
    ("weiguo-is-not-weidong", "Xie Weidong", "Xie Weiguo", False),
    ("ka-ming-is-not-ka-wai", "Kelvin Ho Ka-wai", "Ho Ka-ming", False),
    ("another-english-name", "Kelvin Ho Ka-wai", "Jason Ho", False),
]

VIETNAMESE_TURKISH_AZERBAIJANI: list[Row] = [
    ("vietnamese-without-diacritics", "Trịnh Văn Khải", "Trinh Van Khai", True),
    ("vietnamese-without-middle", "Trịnh Văn Khải", "Trịnh Khải", True),
    ("vietnamese-plain-without-middle", "Trịnh Văn Khải", "Trinh Khai", True),
    ("vietnamese-western-order", "Trịnh Văn Khải", "Khai Van Trinh", True),
    ("vietnamese-diacritics-in-article", "Pham Thi Lan Anh", "Phạm Thị Lan Anh", True),
    ("vietnamese-two-word-given-no-middle", "Pham Thi Lan Anh", "Pham Lan Anh", True),
    ("turkish-plain", "Çağlar Yıldırımoğlu", "Caglar Yildirimoglu", True),
    ("turkish-mixed", "Çağlar Yıldırımoğlu", "Çaglar Yıldırımoglu", True),
    ("turkish-list-plain", "Serdar Kocyigit", "Serdar Koçyiğit", True),
    ("turkish-dotted-capital", "Ismail Gunes", "İsmail Güneş", True),
    ("azerbaijani-a", "Elçin Məmmədli", "Elchin Mammadli", True),
    ("azerbaijani-e-turkish-style", "Elçin Məmmədli", "Elcin Memmedli", True),
    ("azerbaijani-russian-form", "Elçin Məmmədli", "Elchin Mamedli", True),
    ("azerbaijani-a-umlaut", "Elçin Məmmədli", "Elçin Mämmädli", True),
    ("azerbaijani-e-ending", "Ulviyya Huseynova", "Ulviyye Huseynova", True),
    ("azerbaijani-russian-g", "Ulviyya Huseynova", "Ulviya Guseynova", True),
    ("azerbaijani-letters-in-article", "Ulviyya Huseynova", "Ülviyyə Hüseynova", True),
]

VIETNAMESE_TURKISH_AZERBAIJANI_SOMEONE_ELSE: list[Row] = [
    ("vietnamese-khanh-is-not-khai", "Trịnh Văn Khải", "Trinh Van Khanh", False),
    ("vietnamese-hai-is-not-khai", "Trịnh Văn Khải", "Trinh Van Hai", False),
    ("vietnamese-thi-lan-is-not-thi-lan-anh", "Pham Thi Lan Anh", "Pham Thi Lan", False),
    ("vietnamese-ngoc-anh-is-not-lan-anh", "Pham Thi Lan Anh", "Pham Thi Ngoc Anh", False),
    ("turkish-caner-is-not-caglar", "Çağlar Yıldırımoğlu", "Caner Yildirimoglu", False),
    ("turkish-kocak-is-not-kocyigit", "Serdar Kocyigit", "Serdar Koçak", False),
    ("azerbaijani-elnur-is-not-elchin", "Elçin Məmmədli", "Elnur Mammadli", False),
    ("azerbaijani-mammadov-is-not-mammadli", "Elçin Məmmədli", "Elchin Mammadov", False),
    ("azerbaijani-huseynli-is-not-huseynova", "Ulviyya Huseynova", "Ulviyya Huseynli", False),
]

_GERMAN_J = (
    "German and Czech j for the y of я, ю, е (Jaroslaw, Ljudmila, Jefremowa): j is also the "
    "dzh of English and Central Asian spellings (Jamal, Azimjon, Yerjan), so not taken on"
)
_WADE_GILES = (
    "Wade-Giles with its apostrophe inside a hyphenated given name ('Hsiao-ch'ing'), and a "
    "Wade-Giles name in Western order: the apostrophe cuts the word, and a given name "
    "first is read in pinyin only"
)
# Rows written after the first run, when Wade-Giles, the Belarusian ць and the Kazakh
# -uly / -kyzy were taken on, and committed before these rows were first run: the
# namesakes those readings must not find, and the Kazakh endings in their other direction.
# First run: all 10 right.
AFTER_THE_FIRST_RUN: list[Row] = [
    ("wade-giles-hsiao-ming-is-not-xiaoqing", "Zhou Xiaoqing", "Chou Hsiao-ming", False),
    ("wade-giles-chao-is-not-zhou", "Zhou Xiaoqing", "Chao Hsiao-ching", False),
    ("wade-giles-chih-yung-is-not-zhiyuan", "Qian Zhiyuan", "Chien Chih-yung", False),
    ("wade-giles-wei-kuo-is-not-weidong", "Xie Weidong", "Hsieh Wei-kuo", False),
    ("belarusian-ts-another-given", "Alyaksandr Kastsyukevich", "Pavel Kostyukevich", False),
    ("kazakh-kyzy-as-ova", "Dana Zhaksylykqyzy", "Dana Zhaksylykova", True),
    ("kazakh-ov-for-uly", "Nurbol Temirkhanuly", "Nurbol Temirkhanov", True),
    ("kazakh-uly-for-ov", "Nurbol Temirkhanov", "Nurbol Temirkhanuly", True),
    ("kazakh-another-given-uly", "Nurbol Temirkhanuly", "Yerlan Temirkhanov", False),
    ("kazakh-kyzy-is-not-a-man", "Dana Zhaksylykqyzy", "Dana Zhaksylykov", False),
]

# Classes met in new real news (the proxy sets), with made-up people and sentences:
# written and committed before they were first run. First run: 7 of the 23 right (the 5
# someone-else rows among them); 16 of the 18 rows of the person missed, all but a plain
# Uyghur "Tohtiyar" and "Denis" for Dzianis. The 5 rows after them: 4 right, the Thai
# r after a first vowel missed.
FOUND_IN_NEWS: list[Row] = [
    ("demonym-before-briton", "Helen Marsh", "the Briton Helen Marsh", True),
    ("demonym-before-american", "Tun Lin Aung", "American Tun Lin Aung", True),
    ("demonym-before-mexican", "Rosa Villalobos", "Mexican Rosa Villalobos", True),
    ("body-before-union", "Pavel Drazdou", "the Belarusian Teachers Union Pavel Drazdou", True),
    ("body-before-party", "Ernesto Lamadrid", "the Labour Party Ernesto Lamadrid", True),
    ("uyghur-x-as-h", "Memet Toxtiyar", "Memet Tohtiyar", True),
    ("uyghur-x-as-kh", "Memet Toxtiyar", "Memet Tokhtiyar", True),
    ("armenian-h-dropped", "Narek Hovhakimyan", "Narek Hovakimian", True),
    ("armenian-other-surname", "Narek Hovhakimyan", "Narek Hovsepian", False),
    ("bengali-v-for-b", "Sumon Chakrabarty", "Sumon Chakravarti", True),
    ("bengali-o-for-a", "Mahbubul Alam Tapan", "Mahbubul Alam Tapon", True),
    ("bengali-another-surname", "Mahbubul Alam Tapan", "Mahbubul Alam Tipu", False),
    ("thai-nickname-in-quotes", "Kittiya Wongsawat", "Kittiya “Fon” Wongsawat", True),
    ("thai-nickname-straight-quotes", "Kittiya Wongsawat", 'Kittiya "Fon" Wongsawat', True),
    ("thai-nickname-another-surname", "Kittiya Wongsawat", "Kittiya “Fon” Sriwong", False),
    ("thai-r-after-vowel", "Sanan Pongkiat", "Sarnan Pongkiat", True),
    ("thai-another-given", "Sanan Pongkiat", "Suman Pongkiat", False),
    ("azerbaijani-g-for-q-short-key", "Qiyam Huseynli", "Giyam Huseynli", True),
    ("belarusian-konstantin", "Kanstantsin Lapko", "Konstantin Lapko", True),
    ("belarusian-artyom", "Artsiom Zhuk", "Artyom Zhuk", True),
    ("belarusian-denis", "Dzianis Kryvitski", "Denis Krivitsky", True),
    ("belarusian-valiantsin", "Valentin Surma", "Valiantsin Surma", True),
    ("valery-is-not-valentin", "Valentin Surma", "Valeriy Surma", False),
    # written after the rows above were first run, before their own first run
    ("thai-r-after-first-vowel", "Anuwat Sriprai", "Arnuwat Sriprai", True),
    ("ethiopian-vowel-between", "Kibrnesh Demissie", "Kibrenesh Demissie", True),
    ("ethiopian-another-given", "Kibrnesh Demissie", "Kibret Demissie", False),
    ("burmese-another-middle", "Zaw Min Oo", "Zaw Thet Oo", False),
    ("burmese-own-name", "Zaw Min Oo", "Zaw Min Oo", True),
    # the next proxy sets' classes, written before their first run. First run: 6 of the 17
    # right (the 6 someone-else rows); all 11 rows of the person missed
    ("arabic-article-added", "Nidal Batsheh", "Nidal al-Batsheh", True),
    ("arabic-article-added-other-given", "Nidal Batsheh", "Fadi al-Batsheh", False),
    ("arabic-kasra-e-for-i", "Samir Hamed", "Samir Hamid", True),
    ("arabic-hamad-is-not-hamed", "Samir Hamed", "Samir Hamad", False),
    ("arabic-hamdi-is-not-hamed", "Samir Hamed", "Samir Hamdi", False),
    ("turkmen-y-for-u", "Annamurat Ovezov", "Annamyrat Ovezov", True),
    ("turkmen-another-given", "Annamurat Ovezov", "Annaberdi Ovezov", False),
    ("two-initials-dotted", "Rajesh Kandasamy", "R.S. Kandasamy", True),
    ("two-initials-undotted", "Rajesh Kandasamy", "R.S Kandasamy", True),
    ("two-initials-another", "Rajesh Kandasamy", "M.S. Kandasamy", False),
    ("final-c-as-ck", "Eric Mwangaza", "Erick Mwangaza", True),
    ("final-c-as-k", "Marc Dubreuil", "Mark Dubreuil", True),
    ("bengali-au-for-ou", "Sourav Mitra", "Saurav Mitra", True),
    ("bengali-au-for-ou-short", "Gour Haldar", "Gaur Haldar", True),
    ("listed-familiar-pat", "Pat Donnelly", "Patrick Donnelly", True),
    ("listed-familiar-will", "Will Fraser", "William Fraser", True),
    ("listed-familiar-another-full-name", "Pat Donnelly", "Peter Donnelly", False),
    # written before their first run (the kasra of a four-letter surname ran once before).
    # First run: 3 of the 6 right (the 3 someone-else rows); the 3 of the person missed
    ("arabic-kasra-four-letters", "Nabil Saed", "Nabil Said", True),
    ("arabic-saad-is-not-saed", "Nabil Saed", "Nabil Saad", False),
    ("listed-surname-in-brackets", "Gunay Karimqizi", "Gunay Rzayeva (Karimqizi)", True),
    ("listed-surname-in-brackets-g", "Gunay Karimqizi", "Gunay Rzayeva (Karimgizi)", True),
    ("another-surname-in-brackets", "Gunay Karimqizi", "Gunay Rzayeva (Karimli)", False),
    ("another-given-before-brackets", "Gunay Karimqizi", "Samira Rzayeva (Karimqizi)", False),
    # written before their first run. First run: 3 of the 5 right (the 3 someone-else rows)
    ("given-name-in-editorial-brackets", "Osvaldo Peñalver", "[Osvaldo] Peñalver", True),
    ("another-given-in-editorial-brackets", "Osvaldo Peñalver", "[Rogelio] Peñalver", False),
    ("lao-given-name-final-e", "Bounmy Keoduangsy", "Bounmye Keoduangsy", False),
    ("west-african-or-lao-ane-for-an", "Soukhan Vongsay", "Soukhane Vongsay", True),
    ("french-justine-is-not-justin", "Justin Moreau", "Justine Moreau", False),
]

NOT_YET: dict[str, str] = {
    "arabic-kasra-four-letters": "'Said' is the English verb, never looked up as a name part",
    "german-w-sch-jow": "German sch for ж and j for ё (Schurawljow): " + _GERMAN_J,
    "german-ch-for-kh": "German ch for х (Chasanow): ch is the ч of English spellings",
    "german-ju-tsch-owa": _GERMAN_J,
    "german-ja-w-ow": _GERMAN_J,
    "czech-ja": _GERMAN_J,
    "ye-as-je-german": _GERMAN_J,
    "german-z-for-ts-ij": "German z for ц (Zolotnizkij): z is the з of every other spelling",
    "lacinka": "Belarusian Łacinka ci and ie (Kasciukievič) for ць and е",
    "lacinka-u-breve": "the Łacinka given name Siarhiej (-iej) is not a form of Siarhei",
    "abd-ar-ay": "the article assimilated and written apart ('ar-', 'as-') is no word of a name",
    "french-aicha-o": "a surname of four letters (Jomaa / Jumaa) is too short to be read by sound",
    "wade-giles-aspirate": _WADE_GILES,
    "wade-giles-western-order": _WADE_GILES,
    "vietnamese-western-order": "a Vietnamese name in Western order (given, middle, family)",
    "azerbaijani-e-ending": (
        "a final ə written e in a given name (Ulviyye): a final e for a is a gender ending "
        "in other names (Daniele / Daniela)"
    ),
}


@pytest.mark.parametrize(
    ("listed", "spelled", "same"),
    named_params(
        [
            *RUSSIAN,
            *RUSSIAN_SOMEONE_ELSE,
            *ARABIC,
            *ARABIC_SOMEONE_ELSE,
            *PERSIAN,
            *PERSIAN_SOMEONE_ELSE,
            *CHINESE,
            *CHINESE_SOMEONE_ELSE,
            *VIETNAMESE_TURKISH_AZERBAIJANI,
            *VIETNAMESE_TURKISH_AZERBAIJANI_SOMEONE_ELSE,
            *AFTER_THE_FIRST_RUN,
            *FOUND_IN_NEWS,
        ],
        NOT_YET,
    ),
)
def test_a_romanization_of_the_listed_name(listed: str, spelled: str, same: bool) -> None:
    assert found(listed, spelled) is same
