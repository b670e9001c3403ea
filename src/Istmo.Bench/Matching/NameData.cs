namespace Istmo.Bench.Matching;

/// <summary>Name lists per culture for the synthetic identity generator (common names first: draws are rank-weighted).</summary>
internal static partial class NameData
{
    public static readonly string[] HispanicMale = Split("""
        José Juan Luis Carlos Jorge Manuel Pedro Miguel Francisco Antonio Jesús Rafael Fernando Ricardo Eduardo Roberto Alberto Alejandro Javier Andrés
        Daniel David Gabriel Óscar Raúl Víctor Enrique Ramón Sergio Héctor Rubén Julio César Diego Mario Arturo Gustavo Guillermo Ignacio Gonzalo
        Rodrigo Santiago Sebastián Mauricio Alfredo Ernesto Hugo Iván Joaquín Leonardo Marcos Nelson Orlando Pablo Rolando Salvador Tomás Wilfredo Yoel Edgar
        Abdiel Aníbal Bolívar Darío Elías Félix Gilberto Humberto Ismael Jaime Lázaro Moisés Nicolás Omar Porfirio Reinaldo Saúl Teodoro Ulises Xavier
        """);

    public static readonly string[] HispanicFemale = Split("""
        María Ana Carmen Rosa Luz Gloria Isabel Elena Laura Patricia Marta Teresa Sofía Lucía Adriana Beatriz Claudia Diana Esther Gabriela
        Julia Liliana Mónica Natalia Paola Raquel Sandra Silvia Verónica Yolanda Andrea Carolina Daniela Fernanda Guadalupe Josefa Dolores Concepción Rosario Mercedes
        Alejandra Cristina Francisca Antonia Margarita Graciela Consuelo Yesenia Yamileth Itzel Dayana Katherine Massiel Nathaly Yaritza Xiomara Iris Nilsa Aracelis Edilma
        Milagros Maribel Ivonne Marisol Yadira Zoraida Anabel Betzaida Celia Damaris Eneida Flor Griselda Haydée Idalia Judith Karina Leticia Migdalia Noemí
        """);

    public static readonly string[] HispanicSurnames = Split("""
        Rodríguez González Pérez Sánchez Martínez García López Hernández Castillo Herrera Moreno Jiménez Díaz Vásquez Torres Ramírez Flores Gómez Ruiz Ortega
        Batista Quintero Jaén Vergara Barría Pinzón Samaniego Caballero Cedeño Espinosa Chávez Mendoza Castro Morales Guerrero Romero Navarro Domínguez Vargas Ríos
        Acosta Aguilar Álvarez Ávila Benítez Blanco Bravo Cabrera Calderón Campos Cárdenas Carrasco Cortés Cruz Delgado Escobar Estrada Fernández Figueroa Fuentes
        Gallardo Garrido Gil Gutiérrez Ibáñez Iglesias León Lozano Luna Maldonado Marín Medina Méndez Miranda Molina Montenegro Muñoz Núñez Ochoa Orozco Pacheco
        Paredes Peña Ponce Quiroz Ramos Reyes Rivera Robles Rojas Rosales Salazar Salinas Sandoval Santos Serrano Silva Solís Soto Suárez Tapia Valdés
        Valencia Vega Velásquez Villarreal Zamora Zúñiga Arosemena Arias Boyd Chiari Delvalle Endara Guardia Icaza Lasso Mola Obaldía Pitti Saavedra Tejada Urriola
        Abrego Alvarado Atencio Bonilla Camarena Cerrud Córdoba Solano Franco Góndola Jurado Madrid Moscoso Núñez Pineda Rangel Sanjur Villamonte Ábrego
        """).Concat(["De la Cruz", "De León", "De Gracia", "De los Santos", "Del Río"]).Concat(Toponymic()).ToArray();

    /// <summary>Less common toponymic surnames (Villanueva, Montealegre...) so the surname space is as wide as a real population's.</summary>
    private static IEnumerable<string> Toponymic()
    {
        string[] heads = ["Villa", "Monte", "Valle", "Castel", "Casa", "Torre", "Fuente", "Peña", "Mira", "Bella", "Agua", "Sierra", "Campo", "Cuesta", "Alta", "Buena", "Santa", "Vista", "Roca", "Loma"];
        string[] tails = ["nueva", "verde", "real", "alto", "blanco", "mar", "flores", "sol", "luz", "hermosa", "dorado", "grande", "seca", "clara", "fría", "rica", "alegre", "negro", "bravo", "llano"];
        foreach (var t in tails)
        {
            foreach (var h in heads)
            {
                yield return h + t;
            }
        }
    }

    public static readonly string[] HaitianMale = Split("Jean Pierre Joseph Jacques Louis Paul Marc Frantz Wilner Jean-Baptiste Emmanuel Stanley Ricardo Wilson Junior Fritz Gérard Dieudonné Jean-Claude Evens Mackenson Ronel Wisly Jonas Samuel Wilfrid Jocelyn Réginald Roodly Kervens Woodly Peterson Jameson Fednel Guerrier Lesly Rosemond Yvon Carlo Gary Rony Edner Frednel Dorismond Jimmy Wesner Clifford Herby Daniel Nixon Luckner Maxo Odilon Ernso Jeff Wilguens Fritznel Jackson Kesner Ronald Reynold Ricot Roosevelt Serge Smith Wilkens Yves Yvenel Alix Anel Bernadin Dieuseul Dieuvel Édouard Élie Enel Exantus Fenel Franckel Gesner Harold Hugues Jean-Robert Jean-Marc Jean-Michel Josué Lionel Lucner Madsen Mario Max Nesly Patrick Phanel Renel Ridley Robenson Samson Sony Steeve Tony Vilaire Wilbert Wislet Woodson Pierre-Richard Jean-Ernst Guy Claudel Dady Ketel Berthony Lyonel Osner Jude");
    public static readonly string[] HaitianFemale = Split("Marie Rose Nadège Guerline Mirlande Fabiola Nathalie Jessica Widline Roseline Marie-Claude Sandra Dieula Esther Judith Lovely Stéphanie Rosemène Fedeline Nancy Wideline Mimose Clotilde Magalie Nerlande Fabienne Edeline Islande Darline Chrisla Manoucheka Jeanine Rachelle Yolette Gladys Mireille Lourdes Sonia Rosette Djenane Ketly Béatrice Myrlande Evelyne Josiane Solange Nadine Carline Andrise Bertha Christelle Daphney Edline Gina Guerda Ketia Kettely Lourdie Marie-Ange Marie-Michèle Marie-Josée Marjorie Medjine Mirlène Natacha Rose-Marie Roselène Sherline Tamara Vanessa Yvrose Wendy Jocelyne Micheline Francesca Rosemie Chedeline Mackenda Nadia Gueline Fania Ketteline Marie-Carmel Bernadette Lunie Edith Yveline Lucienne Junie Farah Magda Sabine Altagrâce Mérilia Violette Germaine Anne-Marie");
    public static readonly string[] HaitianSurnames = Split("Pierre Joseph Jean Louis Charles Baptiste Jean-Louis François Michel Paul Desir Dorvil Étienne Augustin Noël Alexis Célestin Laguerre Toussaint Beauvais Moïse Estimé Fleurant Gédéon Jean-Pierre Valcourt Lafontant Bellegarde Dessalines Théodore Jeune Jules Cadet Saint-Fleur Saint-Louis Destin Dorcé Philippe Previlus Sylvain Lundi Mardi Vilsaint Felix Guillaume Victor Nelson Altidor Auguste Bastien Casimir Charlot Delva Fils-Aimé Innocent Joachim Lamour Lubin Metellus Mompremier Petit-Frère Pierre-Louis Raymond Saintil Thermidor Voltaire Zamor Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre David Bertrand Roux Vincent Fournier Morel Girard Andre Lefevre Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guerin Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier Dumont Fontaine Chevalier Robin Masson Gerard Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Lucas Meunier Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Leroux Colin Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Leclercq Lacroix Fabre Dupuis Olivier Hubert Guillot Riviere Adam Rey Moulin Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benoit Paris Maillard Marchal Aubry Vasseur Renault Jacquet Collet Prevost Poirier Charpentier Royer Huet Baron Dupuy Pons Laine Carre Breton Remy Perrot Guyot Barre Marty Cousin");

    public static readonly string[] ChineseSurnames = Split("Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Liang Zheng Xie Tang Feng Deng Cai Jiang Zhong Xiao Qian Luo Song Han Cao Peng Zeng Tian Dong Yuan Pan Yu Du Ye Cheng Su Wei Lu Ding Ren Shen Yao Cui Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Dai Mo Kong Xiang Ou Kang Niu Wen Chang Lai Qi Yi Zhan Bao");
    public static readonly string[] ChineseGiven = Split("Wei Fang Min Jing Li Qiang Lei Jun Yan Hui Ming Hua Ping Tao Xin Yu Jie Hong Bo Lin Chao Feng Gang Juan Xiaoming Xiaoling Jianguo Zhiwei Yuxuan Haoran");

    /// <summary>
    /// Syllables of Chinese given names (pinyin, commonest first): most given names are two of them written as one word
    /// (Jianguo, Xiuying), which makes the given-name space wide, as it is; a list of 30 whole names made a namesake of
    /// every Chinese record in a large registry.
    /// </summary>
    public static readonly string[] ChineseSyllables = Split("""
        wei xiao jian ming hua li ying yu jun hong zhi guo xiu lan ling fang yan hai ping jie qiang chun dong hui yun
        jing xin wen bo tao lei feng tian lin yi kai peng rui hao xuan zi han yong mei juan na ting qing shu bin gang
        le an ning yang kun long cheng chen jia xia yue lu dan ke shan rong liang zhen de fu gui lian mi nan pei
        qian song su tai wan xiang xue yao ye zhong hang mu shi sheng huan jin heng cai zhe chao
        """);

    public static readonly string[] IndianMale = Split("Rahul Amit Raj Vijay Sanjay Suresh Ramesh Anil Sunil Arjun Rohit Manoj Deepak Ravi Ashok Pradeep Vikram Harpreet Gurpreet Karan Rajesh Mahesh Dinesh Ganesh Naresh Mukesh Rakesh Sandeep Ajay Akash Aditya Nikhil Varun Gaurav Abhishek Ankit Saurabh Pankaj Vinod Prakash Santosh Anand Alok Hemant Sachin Tarun Yogesh Kiran Mohan Girish Harish Satish Jagdish Venkat Srinivas Balaji Murali Naveen Pawan");
    public static readonly string[] IndianFemale = Split("Priya Anjali Pooja Neha Sunita Kavita Anita Deepa Lakshmi Meera Divya Rekha Simran Harleen Aarti Swati Shweta Sneha Nisha Ritu Geeta Seema Rani Asha Usha Radha Shobha Preeti Jyoti Manisha Komal Payal Rupa Shilpa Vandana Madhuri Nandini Shalini Archana Bhavana Kiran Suman Poonam Aishwarya Gayatri");
    public static readonly string[] IndianSurnames = Split("Kumar Singh Sharma Patel Gupta Shah Mehta Reddy Rao Nair Iyer Das Jain Verma Chopra Malhotra Kapoor Joshi Desai Bhatia Chauhan Agarwal Pillai Menon Sinha Mishra Pandey Tiwari Yadav Dubey Srivastava Saxena Banerjee Chatterjee Mukherjee Ghosh Bose Sen Dutta Naidu Chowdhury Thakur Bhatt Trivedi Kulkarni Patil Pawar Shinde Jadhav Gill Sandhu Sidhu Dhillon Grewal Arora Khanna Sethi Bajaj Goel Mittal Bansal Achari Acharya Adiga Ahluwalia Ahuja Bandopadhyay Bharadwaj Bhat Bhattacharya Bhattathiri Chaturvedi Chattopadhyay Deshpande Devar Dhawan Dubashi Dwivedi Embranthiri Ganaka Gowda Guha Guneta Iyengar Jha Johar Kakkar Kaniyar Kaul Khatri Kocchar Mahajan Malik Marar Mehra Mehrotra Mukhopadhyay Nayar Naik Nambeesan Namboothiri Panicker Pilla Pothuvaal Prajapat Rana Saini Shukla Somayaji Talwar Tandon Varrier Varma Varman");

    public static readonly string[] ArabicMale = Split("Mohammed Ahmad Ali Omar Hassan Hussein Khalid Abdullah Ibrahim Yusuf Mahmoud Mustafa Tariq Karim Walid Nasir Rashid Hamid Jamal Faisal Said Zaid Salim Hamza Abdul-Rahman Abdul-Karim Abdul-Ghani Najibullah Rahmatullah Gul Bilal Anwar Samir Adel Fadi Ghassan Haitham Imad Jihad Kamal Majid Marwan Mazen Nabil Osama Qasim Rami Riyad Sami Tamer Wael Yasser Ziad Bashir Habib Idris Jawad Latif Munir Nizar Raed Shadi Taha Yahya Zakaria Aziz Farid Hakim Jalal Khalil Naqibullah Hekmatullah Zabihullah Samiullah Wahidullah Sayed Jawed Fawad Hamed Mirwais Nazir Qadir Rahim Shafiq Wali Zalmai Baryalai Ajmal Asadullah Ehsanullah Farhad Habibullah Hayatullah Homayoun Idrees Khalilullah Lutfullah Masoud Mujib Naveed Obaidullah Omid Parwiz Qudratullah Rohullah Saifullah Shams Tamim Waheed Zia Abdul-Wahid Abdul-Qadir Abdul-Hadi Ahmad-Shah Noorullah Aminullah Fazal Ghulam Sediq Nematullah Jamshid Sohrab Daud Esmatullah");
    public static readonly string[] ArabicFemale = Split("Fatima Aisha Maryam Khadija Zainab Nur Layla Amina Huda Salma Farida Zahra Soraya Malalai Parwana Rania Yasmin Dina Hanan Lina Mona Nadia Rasha Samira Suha Widad Abeer Asma Basma Dalal Ghada Hiba Iman Jamila Karima Latifa Manal Nawal Rima Sana Wafa Zeina Shirin Farzana Roya Habiba Nasrin Mahbooba Nazifa Fereshta Gulalai Hosai Khatera Mursal Nilofar Palwasha Pashtana Rahima Sabira Shabnam Shakila Sima Tahmina Wahida Zarghona Zarmina Zohal Zuhra Nargis Gulnaz Hasina Marzia Arezo Fahima Shukria Fawzia Masooda Homa Storai Maliha Bibi-Gul Nooria Sadaf Hamida Zakia Frozan");
    public static readonly string[] ArabicSurnames = Split("Al-Hassan Al-Rashid Haidari Karimi Rahimi Ahmadzai Popal Barakzai Noori Safi Mohammadi Hussaini Qureshi Al-Masri El-Sayed Al-Najjar Haddad Khoury Nasser Saleh Abbas Mansour Darwish Hamdan Al-Amin Stanikzai Wardak Sultani Azizi Jalali Al-Khatib Al-Ahmad Al-Hussein Al-Ali Al-Omari Al-Zoubi Al-Shami Al-Halabi Al-Hamwi Kassem Khalil Issa Moussa Yassin Shaheen Sabbagh Attar Hijazi Othman Tahan Jaber Bakri Farouk Ghazi Nouri Sharif Obeid Zaher Rahman Sadat Amiri Naseri Faizi Hotak Durrani Yousufzai Niazi Mangal Zadran");

    // Latin form | Cyrillic form.
    public static readonly string[] SlavicMale = Split("Aleksandr|Александр Sergei|Сергей Dmitri|Дмитрий Andrei|Андрей Vladimir|Владимир Nikolai|Николай Mikhail|Михаил Ivan|Иван Oleksandr|Олександр Yuri|Юрий Pavel|Павел Maksim|Максим Viktor|Виктор Igor|Игорь Artem|Артем Alexei|Алексей Anton|Антон Boris|Борис Denis|Денис Evgeni|Евгений Gennadi|Геннадий Grigori|Григорий Ilya|Илья Kirill|Кирилл Konstantin|Константин Leonid|Леонид Mykola|Микола Nikita|Никита Oleg|Олег Petr|Петр Roman|Роман Ruslan|Руслан Stanislav|Станислав Stepan|Степан Taras|Тарас Timur|Тимур Vadim|Вадим Valeri|Валерий Vasili|Василий Vitali|Виталий Vyacheslav|Вячеслав Yaroslav|Ярослав Bogdan|Богдан Fedor|Федор Egor|Егор");
    public static readonly string[] SlavicFemale = Split("Yulia|Юлия Tatiana|Татьяна Natalia|Наталья Olga|Ольга Elena|Елена Irina|Ирина Svetlana|Светлана Anna|Анна Oksana|Оксана Maria|Мария Anastasia|Анастасия Daria|Дарья Ekaterina|Екатерина Galina|Галина Inna|Инна Kristina|Кристина Larisa|Лариса Lyudmila|Людмила Marina|Марина Nadezhda|Надежда Nina|Нина Polina|Полина Sofia|София Valentina|Валентина Vera|Вера Viktoria|Виктория Alina|Алина Alla|Алла Angelina|Ангелина Diana|Диана Elizaveta|Елизавета Evgenia|Евгения Ksenia|Ксения Lilia|Лилия Lyubov|Любовь Margarita|Маргарита Raisa|Раиса Tamara|Тамара Zoya|Зоя");
    public static readonly string[] SlavicSurnames = Split("Ivanov|Иванов Petrov|Петров Smirnov|Смирнов Kuznetsov|Кузнецов Popov|Попов Sokolov|Соколов Lebedev|Лебедев Kozlov|Козлов Novikov|Новиков Morozov|Морозов Shevchenko|Шевченко Kovalenko|Коваленко Bondarenko|Бондаренко Tkachenko|Ткаченко Kravchenko|Кравченко Volkov|Волков Pavlov|Павлов Fedorov|Федоров Orlov|Орлов Zaitsev|Зайцев Vasiliev|Васильев Mikhailov|Михайлов Alekseev|Алексеев Egorov|Егоров Nikolaev|Николаев Makarov|Макаров Andreev|Андреев Stepanov|Степанов Romanov|Романов Belov|Белов Medvedev|Медведев Antonov|Антонов Tarasov|Тарасов Zhukov|Жуков Baranov|Баранов Filippov|Филиппов Komarov|Комаров Kiselev|Киселев Gusev|Гусев Titov|Титов Melnyk|Мельник Boyko|Бойко Kovalchuk|Ковальчук Oliynyk|Олійник Lysenko|Лысенко Marchenko|Марченко Rudenko|Руденко Savchenko|Савченко Petrenko|Петренко Klymenko|Клименко Pavlenko|Павленко Levchenko|Левченко Kharchenko|Харченко Moroz|Мороз Polishchuk|Полищук");

    /// <summary>Nicknames used by the variant generator (full name → nicknames).</summary>
    public static readonly Dictionary<string, string[]> Nicknames = new(StringComparer.Ordinal)
    {
        ["José"] = ["Pepe", "Chepe"],
        ["Luis"] = ["Lucho"],
        ["Francisco"] = ["Pancho", "Paco"],
        ["Ignacio"] = ["Nacho"],
        ["Jesús"] = ["Chucho"],
        ["Guillermo"] = ["Memo"],
        ["Guadalupe"] = ["Lupe"],
        ["Antonio"] = ["Toño"],
        ["Enrique"] = ["Quique"],
        ["Alberto"] = ["Beto"],
        ["Roberto"] = ["Beto"],
        ["Josefa"] = ["Chepa"],
        ["Concepción"] = ["Concha"],
        ["Rosario"] = ["Charo"],
        ["Dolores"] = ["Lola"],
        ["Manuel"] = ["Manolo"],
        ["Eduardo"] = ["Lalo"],
        ["Rafael"] = ["Rafa"],
        ["Fernando"] = ["Nando"],
        ["Salvador"] = ["Chava"],
        ["Gonzalo"] = ["Chalo"],
        ["Mercedes"] = ["Meche"],
        ["Isabel"] = ["Chabela"],
    };

    /// <summary>Spelling and romanisation variants (name → alternatives).</summary>
    public static readonly Dictionary<string, string[]> Spellings = new(StringComparer.Ordinal)
    {
        ["Zhang"] = ["Chang", "Cheung"],
        ["Xu"] = ["Hsu"],
        ["Zhou"] = ["Chou", "Chow"],
        ["Li"] = ["Lee"],
        ["Wang"] = ["Wong"],
        ["Chen"] = ["Chan"],
        ["Liu"] = ["Lau"],
        ["Huang"] = ["Hwang"],
        ["Zhao"] = ["Chao"],
        ["Wu"] = ["Woo"],
        ["Zheng"] = ["Cheng"],
        ["Yang"] = ["Yeung"],
        ["Lin"] = ["Lam"],
        ["Guo"] = ["Kuo"],
        ["Liang"] = ["Leung"],
        ["Xie"] = ["Hsieh"],
        ["Cai"] = ["Tsai"],
        ["Jiang"] = ["Chiang"],
        ["Mohammed"] = ["Muhammad", "Mohamed", "Mohammad", "Mohamad"],
        ["Ahmad"] = ["Ahmed"],
        ["Hassan"] = ["Hasan"],
        ["Hussein"] = ["Husain", "Hussain"],
        ["Omar"] = ["Umar"],
        ["Yusuf"] = ["Yousef", "Youssef"],
        ["Mahmoud"] = ["Mahmud"],
        ["Mustafa"] = ["Mostafa"],
        ["Khalid"] = ["Khaled"],
        ["Karim"] = ["Kareem"],
        ["Said"] = ["Saeed"],
        ["Nasir"] = ["Nasser"],
        ["Abdul-Rahman"] = ["Abd al-Rahman", "Abdulrahman", "Abdel Rahman"],
        ["Abdul-Karim"] = ["Abd al-Karim", "Abdelkarim"],
        ["Abdul-Ghani"] = ["Abd al-Ghani", "Abdelghani"],
        ["Al-Hassan"] = ["El Hasan", "Alhassan"],
        ["Al-Rashid"] = ["El-Rashid", "Al Rasheed"],
        ["Al-Masri"] = ["El Masri"],
        ["Al-Najjar"] = ["El-Najjar"],
        ["Al-Amin"] = ["El Amin"],
        ["El-Sayed"] = ["Al-Sayed"],
        ["Fatima"] = ["Fatma"],
        ["Aisha"] = ["Ayesha"],
        ["Maryam"] = ["Mariam"],
        ["Joseph"] = ["Jozef"],
        ["Pierre"] = ["Pyè"],
        ["Jean-Baptiste"] = ["Jean Baptiste", "Jeanbaptiste"],
        ["Jean-Louis"] = ["Jean Louis"],
        ["Jean-Pierre"] = ["Jean Pierre"],
        ["Jean-Claude"] = ["Jean Claude"],
        ["Beauvais"] = ["Bovais"],
        ["Dieudonné"] = ["Dyedone"],
        ["Aleksandr"] = ["Alexander", "Alexandr"],
        ["Sergei"] = ["Sergey"],
        ["Dmitri"] = ["Dmitry"],
        ["Andrei"] = ["Andrey"],
        ["Nikolai"] = ["Nikolay"],
        ["Yulia"] = ["Iuliia", "Julia"],
        ["Tatiana"] = ["Tatyana"],
        ["Natalia"] = ["Natalya"],
        ["Yuri"] = ["Yury"],
        ["Maksim"] = ["Maxim"],
        ["Artem"] = ["Artyom"],
    };

    /// <summary>Gendered pairs for hard negatives (Juan/Juana).</summary>
    public static readonly Dictionary<string, string> GenderTwins = new(StringComparer.Ordinal)
    {
        ["Juan"] = "Juana",
        ["Luis"] = "Luisa",
        ["Mario"] = "María",
        ["Francisco"] = "Francisca",
        ["Antonio"] = "Antonia",
        ["Daniel"] = "Daniela",
        ["Gabriel"] = "Gabriela",
        ["Fernando"] = "Fernanda",
        ["Alejandro"] = "Alejandra",
        ["Julio"] = "Julia",
    };

    private static string[] Split(string s) => s.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
